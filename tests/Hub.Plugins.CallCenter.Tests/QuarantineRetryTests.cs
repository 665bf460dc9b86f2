using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class QuarantineRetryTests
{
    private static readonly ConnectorContext Context =
        new("pbx", "pbx", new TestSettings(new Dictionary<string, string> { ["timeZone"] = "Asia/Shanghai" }), NullLogger.Instance);

    [Fact]
    public void A_quarantined_cdr_line_is_read_again_into_its_call_and_customer()
    {
        var batch = new CdrConnector().Parse("interactions", MasterCsv.AnsweredWithSurvey.TrimEnd('\n'), Context);

        var call = Assert.Single(batch.Records.OfType<InteractionRecord>());
        Assert.Equal("1709630102.42", call.InteractionId);
        Assert.Equal(TimeSpan.FromHours(8), call.OccurredAt.Offset);
        Assert.Equal("John Smith", Assert.Single(batch.Records.OfType<CustomerRecord>()).FullName);
        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public void A_quarantined_pushed_call_is_read_again()
    {
        const string item = """{"uniqueid":"1.7","src":"5550001111","dcontext":"from-pstn","start":"2024-03-05T10:00:00Z","disposition":"BUSY"}""";

        var batch = new CdrConnector().Parse("interactions", item, Context);

        var call = Assert.Single(batch.Records.OfType<InteractionRecord>());
        Assert.Equal("1.7", call.InteractionId);
        Assert.Equal("BUSY", call.Outcome);
    }

    [Fact]
    public void A_quarantined_customer_is_read_again_without_its_call()
    {
        var batch = new CdrConnector().Parse("customers", MasterCsv.AnsweredThroughQueue.TrimEnd('\n'), Context);

        Assert.Equal("5551112222", Assert.IsType<CustomerRecord>(Assert.Single(batch.Records)).SourceId);
    }

    [Fact]
    public void A_payload_that_is_still_wrong_is_rejected_again_with_its_reason()
    {
        var batch = new CdrConnector().Parse("interactions", "\"\",\"5551234567\",\"7000\"", Context);

        Assert.Empty(batch.Records);
        Assert.StartsWith("line has 3 fields", Assert.Single(batch.Rejected).Reason);
    }
}
