using System.Text;
using System.Text.Json;
using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class PushTests
{
    private const string Token = "s3cret-token";

    private const string Call =
        """
        {"accountcode":"","src":"5551234567","dst":"7000","dcontext":"from-pstn","clid":"\"John Smith\" <5551234567>",
         "channel":"PJSIP/trunk-00000001","dstchannel":"PJSIP/201-00000002","lastapp":"Dial","lastdata":"PJSIP/201,30",
         "start":"2024-03-05T09:15:02+08:00","answer":"2024-03-05T09:15:09+08:00","end":"2024-03-05T09:19:41+08:00",
         "duration":279,"billsec":272,"disposition":"ANSWERED","amaflags":"DOCUMENTATION","uniqueid":"1709630102.42","userfield":"csat=5"}
        """;

    private static PushRequest Request(string body, string? authorization = "Bearer " + Token, string path = "")
    {
        var headers = new Dictionary<string, string>();
        if (authorization is not null) headers["authorization"] = authorization;
        return new PushRequest(path, "application/json", headers, Encoding.UTF8.GetBytes(body));
    }

    private static ConnectorContext Context(params (string Name, string Value)[] settings) =>
        new("pbx", "pbx", new TestSettings(settings.Append(("ingestToken", Token)).ToDictionary(s => s.Item1, s => s.Item2)), NullLogger.Instance);

    private static PushResult Receive(string body, params (string, string)[] settings) => new CdrConnector().Receive(Request(body), Context(settings));

    [Fact]
    public void A_push_is_authorized_only_by_the_instance_token_as_a_bearer_token()
    {
        var connector = new CdrConnector();
        var settings = new TestSettings(new Dictionary<string, string> { ["ingestToken"] = Token });

        Assert.True(connector.IsAuthorized(Request("{}"), settings));
        Assert.True(connector.IsAuthorized(Request("{}", "bearer " + Token), settings));
        Assert.False(connector.IsAuthorized(Request("{}", "Bearer not-the-token"), settings));
        Assert.False(connector.IsAuthorized(Request("{}", "Basic " + Token), settings));
        Assert.False(connector.IsAuthorized(Request("{}", authorization: null), settings));
    }

    [Fact]
    public void Without_an_ingest_token_setting_no_push_is_authorized()
    {
        var connector = new CdrConnector();

        Assert.False(connector.IsAuthorized(Request("{}", "Bearer "), new TestSettings(new Dictionary<string, string>())));
        Assert.False(connector.IsAuthorized(Request("{}", "Bearer "), new TestSettings(new Dictionary<string, string> { ["ingestToken"] = "" })));
    }

    [Fact]
    public void One_pushed_call_object_becomes_an_interaction_and_its_customer()
    {
        var result = Receive(Call);

        var call = Assert.Single(result.Records.OfType<InteractionRecord>());
        Assert.Equal("1709630102.42", call.InteractionId);
        Assert.Equal("5551234567", call.CustomerSourceId);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 2, TimeSpan.FromHours(8)), call.OccurredAt);
        Assert.Equal(TimeSpan.FromSeconds(272), call.Duration);
        Assert.Equal("PJSIP/201", call.Agent);
        Assert.Equal(5m, call.Score);
        Assert.Equal("push item 1", call.Position);
        Assert.Equal("John Smith", Assert.Single(result.Records.OfType<CustomerRecord>()).FullName);
        Assert.Equal("""{"accepted":1,"rejected":0}""", result.ResponseJson);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void An_array_of_calls_is_read_item_by_item_and_unusable_items_are_rejected_with_their_reason()
    {
        const string noId = """{"src":"5550001111","dcontext":"from-pstn","start":"2024-03-05 10:00:00"}""";
        const string badStart = """{"uniqueid":"1.3","src":"5550001111","dcontext":"from-pstn","start":"yesterday"}""";
        const string notACall = "42";

        var result = Receive($"[{Call},{noId},{badStart},{notACall}]");

        Assert.Single(result.Records.OfType<InteractionRecord>());
        Assert.Equal(["push item 2", "push item 3", "push item 4"], result.Rejected.Select(r => r.Position));
        Assert.StartsWith("uniqueid is missing", result.Rejected[0].Reason);
        Assert.Equal(noId, result.Rejected[0].RawPayload);
        Assert.StartsWith("start 'yesterday' is not a time", result.Rejected[1].Reason);
        Assert.Equal("the item is a number, not a call object", result.Rejected[2].Reason);
        Assert.Equal("""{"accepted":1,"rejected":3}""", result.ResponseJson);
    }

    [Fact]
    public void A_pushed_call_in_the_cdr_time_format_is_read_in_the_pbx_time_zone()
    {
        var body = Call.Replace("2024-03-05T09:15:02+08:00", "2024-03-05 09:15:02", StringComparison.Ordinal);

        var call = Assert.Single(Receive(body, ("timeZone", "Asia/Shanghai")).Records.OfType<InteractionRecord>());

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 1, 15, 2, TimeSpan.Zero), call.OccurredAt.ToUniversalTime());
    }

    [Fact]
    public void A_body_that_is_not_json_is_refused_as_a_whole()
    {
        var error = Assert.Throws<PushRejectedException>(() => Receive("""{"uniqueid": "1.1", """));

        Assert.StartsWith("the body is not valid JSON", error.Message);
    }

    [Fact]
    public void A_body_that_is_neither_an_object_nor_an_array_is_refused_saying_what_to_send()
    {
        var error = Assert.Throws<PushRejectedException>(() => Receive("\"hello\""));

        Assert.StartsWith("the body is a string; send one call object, or an array of them", error.Message);
    }

    [Fact]
    public void A_push_to_a_sub_path_is_refused()
    {
        var error = Assert.Throws<PushRejectedException>(() => new CdrConnector().Receive(Request(Call, path: "v1/batch"), Context()));

        Assert.Contains("/ingest/pbx", error.Message);
    }

    [Fact]
    public void The_response_is_json_the_sender_can_read()
    {
        using var response = JsonDocument.Parse(Receive($"[{Call},{Call}]").ResponseJson);

        Assert.Equal(2, response.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(0, response.RootElement.GetProperty("rejected").GetInt32());
    }
}
