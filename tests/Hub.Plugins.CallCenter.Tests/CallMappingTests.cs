using Hub.Contracts;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class CallMappingTests
{
    private static async Task<List<RecordBatch>> ReadMorningAsync(params (string, string)[] settings)
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", MasterCsv.Morning);
        return await Cdr.SyncAsync(Cdr.Context(path, settings));
    }

    [Fact]
    public async Task An_answered_inbound_call_becomes_an_interaction_of_the_caller_with_talk_time_agent_and_survey_score()
    {
        var call = (await ReadMorningAsync()).Interactions()[0];

        Assert.Equal("1709630102.42", call.InteractionId);
        Assert.Equal("5551234567", call.CustomerSourceId);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 2, TimeSpan.Zero), call.OccurredAt);
        Assert.Equal("call", call.Channel);
        Assert.Equal("inbound-call", call.Type);
        Assert.Equal("inbound", call.Direction);
        Assert.Equal(TimeSpan.FromSeconds(272), call.Duration);
        Assert.Equal("ANSWERED", call.Outcome);
        Assert.Equal("SIP/201", call.Agent);
        Assert.Equal(4m, call.Score);
        Assert.Equal("Master.csv line 1", call.Position);
        Assert.Equal(MasterCsv.AnsweredWithSurvey.TrimEnd('\n'), call.RawPayload);
        Assert.Equal("279", call.Attributes["duration"]);
        Assert.Equal("SIP/201,30,tT", call.Attributes["lastdata"]);
        Assert.False(call.Attributes.ContainsKey("userfield"));
        Assert.Empty(call.Warnings);
    }

    [Fact]
    public async Task The_caller_becomes_a_customer_named_from_the_caller_id_in_the_same_batch_as_the_call()
    {
        var batch = Assert.Single(await ReadMorningAsync());

        var john = batch.Records.OfType<CustomerRecord>().Single(c => c.SourceId == "5551234567");
        Assert.Equal("5551234567", john.Phone);
        Assert.Equal("John Smith", john.FullName);
        Assert.Equal("US", john.Country);
        Assert.Equal(CustomerKind.Person, john.Kind);
        Assert.Equal(5, batch.Records.OfType<CustomerRecord>().Count());
        Assert.Equal(5, batch.Records.OfType<InteractionRecord>().Count());
    }

    [Fact]
    public async Task A_caller_who_gave_up_in_a_queue_is_kept_with_the_outcome_and_the_queue_as_agent()
    {
        var call = (await ReadMorningAsync()).Interactions()[1];

        Assert.Equal("NO ANSWER", call.Outcome);
        Assert.Equal(TimeSpan.Zero, call.Duration);
        Assert.Equal("Queue/support", call.Agent);
        Assert.Equal("support", call.Attributes["queue"]);
        Assert.False(call.Attributes.ContainsKey("answer"));
        Assert.Null(call.Score);
    }

    [Fact]
    public async Task A_queue_call_an_agent_took_names_the_agent_device_and_keeps_the_rest_of_the_userfield()
    {
        var call = (await ReadMorningAsync()).Interactions()[2];

        Assert.Equal("inbound", call.Direction);
        Assert.Equal("Local/202@from-queue", call.Agent);
        Assert.Equal("support", call.Attributes["queue"]);
        Assert.Equal(5m, call.Score);
        Assert.Equal("lang=en", call.Attributes["userfield"]);
    }

    [Fact]
    public async Task An_outbound_call_belongs_to_the_number_dialled_and_its_agent_is_the_extension_that_dialled()
    {
        var batches = await ReadMorningAsync();
        var call = batches.Interactions()[3];
        var customer = batches.Customers().Single(c => c.SourceId == "+442079460000");

        Assert.Equal("outbound", call.Direction);
        Assert.Equal("outbound-call", call.Type);
        Assert.Equal("+442079460000", call.CustomerSourceId);
        Assert.Equal("SIP/201", call.Agent);
        Assert.Equal(3m, call.Score);
        Assert.Equal("sales", call.Attributes["accountcode"]);
        // The clid of an outbound call is the agent's; and a number with its country code needs no country.
        Assert.Null(customer.FullName);
        Assert.Null(customer.Country);
    }

    [Fact]
    public async Task Caller_ids_that_are_only_the_number_or_a_carrier_placeholder_give_no_name()
    {
        var customers = (await ReadMorningAsync()).Customers();

        Assert.Null(customers.Single(c => c.SourceId == "5559876543").FullName);
        Assert.Null(customers.Single(c => c.SourceId == "5550001111").FullName);
        Assert.Equal("Mary Jones", customers.Single(c => c.SourceId == "5551112222").FullName);
    }

    [Fact]
    public async Task A_userfield_without_a_survey_score_is_kept_whole_as_an_attribute()
    {
        var call = (await ReadMorningAsync()).Interactions()[4];

        Assert.Equal("BUSY", call.Outcome);
        Assert.Null(call.Score);
        Assert.Equal("callback requested", call.Attributes["userfield"]);
    }

    [Fact]
    public async Task The_default_region_is_the_country_of_callers_with_national_numbers()
    {
        var customers = (await ReadMorningAsync(("defaultRegion", "ca"))).Customers();

        Assert.Equal("CA", customers.Single(c => c.SourceId == "5551234567").Country);
        Assert.Null(customers.Single(c => c.SourceId == "+442079460000").Country);
    }

    [Fact]
    public async Task The_inbound_contexts_setting_decides_which_calls_are_inbound()
    {
        var calls = (await ReadMorningAsync(("inboundContexts", "from-trunk"))).Interactions();

        Assert.Equal(["outbound", "outbound", "inbound", "outbound", "outbound"], calls.Select(c => c.Direction));
        Assert.Equal("7000", calls[0].CustomerSourceId);
    }

    [Fact]
    public async Task Every_cdr_field_without_a_canonical_place_is_kept_as_an_attribute_under_its_cdr_name()
    {
        var call = (await ReadMorningAsync()).Interactions()[2];

        var expected = new Dictionary<string, string>
        {
            ["src"] = "5551112222",
            ["dst"] = "7000",
            ["dcontext"] = "from-trunk",
            ["clid"] = "\"Mary Jones\" <5551112222>",
            ["channel"] = "SIP/trunk-00000003",
            ["dstchannel"] = "Local/202@from-queue-00000005;1",
            ["lastapp"] = "Queue",
            ["lastdata"] = "support,t,,,300",
            ["answer"] = "2024-03-05 10:02:40",
            ["end"] = "2024-03-05 10:08:00",
            ["duration"] = "349",
            ["amaflags"] = "DOCUMENTATION",
            ["userfield"] = "lang=en",
            ["queue"] = "support",
        };
        Assert.Equal(expected, call.Attributes.ToDictionary());
        Assert.Equal(expected.Count, call.Attributes.Count);
    }

    [Fact]
    public async Task A_number_that_calls_twice_in_a_batch_is_sent_as_one_customer_keeping_the_name_a_call_carried()
    {
        var again = MasterCsv.AnsweredWithSurvey
            .Replace("\"\"\"John Smith\"\" <5551234567>\"", "\"<5551234567>\"", StringComparison.Ordinal)
            .Replace("1709630102.42", "1709650000.50", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", MasterCsv.AnsweredWithSurvey + again);

        var batch = Assert.Single(await Cdr.SyncAsync(Cdr.Context(path)));

        Assert.Equal(2, batch.Records.OfType<InteractionRecord>().Count());
        Assert.Equal("John Smith", Assert.Single(batch.Records.OfType<CustomerRecord>()).FullName);
    }
}
