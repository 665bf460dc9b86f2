namespace Hub.Plugins.CallCenter.Tests;

public sealed class RejectionTests
{
    [Fact]
    public async Task A_line_with_the_wrong_number_of_fields_is_rejected_with_its_line_number_and_the_rest_arrive()
    {
        const string cut = "\"\",\"5551234567\",\"7000\",\"from-pstn\",\"\"\"John Smith\"\" <5551234567>\",\"SIP/trunk-00000001\"\n";
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1") + cut + Cdr.Line("1.3"));

        var batch = Assert.Single(await Cdr.SyncAsync(Cdr.Context(path)));

        Assert.Equal(["1.1", "1.3"], batch.Records.OfType<Hub.Contracts.InteractionRecord>().Select(c => c.InteractionId));
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("interactions", rejected.Stream);
        Assert.Equal("Master.csv line 2", rejected.Position);
        Assert.Equal(cut.TrimEnd('\n'), rejected.RawPayload);
        Assert.StartsWith("line has 6 fields, but an Asterisk cdr_csv record has 18", rejected.Reason);
    }

    [Fact]
    public async Task A_line_whose_start_is_not_a_time_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1", start: "05/03/2024 09:15"));

        var batch = Assert.Single(await Cdr.SyncAsync(Cdr.Context(path)));

        Assert.Empty(batch.Records);
        Assert.StartsWith("start '05/03/2024 09:15' is not a time", Assert.Single(batch.Rejected).Reason);
    }

    [Fact]
    public async Task An_inbound_call_without_a_caller_number_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1", src: "") + Cdr.Line("1.2", src: "anonymous"));

        var batch = Assert.Single(await Cdr.SyncAsync(Cdr.Context(path)));

        Assert.Empty(batch.Records);
        Assert.All(batch.Rejected, r => Assert.StartsWith("no caller number", r.Reason));
        Assert.Contains("'anonymous'", batch.Rejected[1].Reason);
    }

    [Fact]
    public async Task A_line_with_broken_quoting_is_rejected_and_does_not_swallow_the_lines_after_it()
    {
        const string broken = "\"\",\"5551234567\",\"7000\",\"from-pstn\",\"\"John\" <5551234567>\",\"SIP/trunk-00000001\"," +
            "\"SIP/201-0000002a\",\"Dial\",\"SIP/201,30\",\"2024-03-05 09:15:02\",\"2024-03-05 09:15:09\",\"2024-03-05 09:19:41\"," +
            "279,272,\"ANSWERED\",\"DOCUMENTATION\",\"1.2\",\"\n";
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1") + broken + Cdr.Line("1.3"));

        var batch = Assert.Single(await Cdr.SyncAsync(Cdr.Context(path)));

        Assert.Equal(["1.1", "1.3"], batch.Records.OfType<Hub.Contracts.InteractionRecord>().Select(c => c.InteractionId));
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("Master.csv line 2", rejected.Position);
        Assert.StartsWith("bad quoting", rejected.Reason);
    }
}
