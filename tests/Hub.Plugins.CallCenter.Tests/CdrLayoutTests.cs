namespace Hub.Plugins.CallCenter.Tests;

public sealed class CdrLayoutTests
{
    [Fact]
    public async Task A_survey_score_outside_one_to_five_is_left_empty_with_a_warning_and_the_userfield_kept()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", MasterCsv.AnsweredWithSurvey.Replace("\"csat=4\"", "\"csat=9\"", StringComparison.Ordinal));

        var call = Assert.Single((await Cdr.SyncAsync(Cdr.Context(path))).Interactions());

        Assert.Null(call.Score);
        Assert.Equal("csat=9", call.Attributes["userfield"]);
        Assert.Contains("outside the 1-5 scale", Assert.Single(call.Warnings));
    }

    [Fact]
    public async Task Lines_written_without_loguniqueid_and_loguserfield_are_read_with_an_id_that_is_the_same_every_time()
    {
        // Asterisk's own default: 16 fields, no uniqueid and no userfield.
        const string line = "\"\",\"5551234567\",\"7000\",\"from-pstn\",\"\"\"John Smith\"\" <5551234567>\",\"SIP/trunk-00000001\"," +
            "\"SIP/201-0000002a\",\"Dial\",\"SIP/201,30\",\"2024-03-05 09:15:02\",\"2024-03-05 09:15:09\",\"2024-03-05 09:19:41\",279,272," +
            "\"ANSWERED\",\"DOCUMENTATION\"\n";
        using var folder = new TempFolder();
        var first = folder.Write("Master.csv", line);
        var copy = folder.Write("other.csv", line);

        var fromMaster = Assert.Single((await Cdr.SyncAsync(Cdr.Context(first))).Interactions());
        var fromCopy = Assert.Single((await Cdr.SyncAsync(Cdr.Context(copy))).Interactions());

        Assert.StartsWith("cdr-", fromMaster.InteractionId);
        Assert.Equal(fromMaster.InteractionId, fromCopy.InteractionId);
        Assert.Equal(TimeSpan.FromSeconds(272), fromMaster.Duration);
    }

    [Fact]
    public async Task With_newcdrcolumns_each_party_a_call_reached_keeps_its_own_record()
    {
        // Asterisk 12+ writes one CDR per agent a queue rang, all with the caller's uniqueid; the sequence tells them apart.
        const string rangAgent = "\"\",\"5551112222\",\"7000\",\"from-pstn\",\"\"\"Mary Jones\"\" <5551112222>\",\"SIP/trunk-00000003\"," +
            "\"SIP/201-00000040\",\"Queue\",\"support,t\",\"2024-03-05 10:02:11\",,\"2024-03-05 10:02:40\",29,0,\"NO ANSWER\"," +
            "\"DOCUMENTATION\",\"1709632931.44\",\"\",\"\",\"1709632931.44\",17\n";
        const string tookCall = "\"\",\"5551112222\",\"7000\",\"from-pstn\",\"\"\"Mary Jones\"\" <5551112222>\",\"SIP/trunk-00000003\"," +
            "\"SIP/202-00000041\",\"Queue\",\"support,t\",\"2024-03-05 10:02:11\",\"2024-03-05 10:02:40\",\"2024-03-05 10:08:00\",349,320," +
            "\"ANSWERED\",\"DOCUMENTATION\",\"1709632931.44\",\"\",\"\",\"1709632931.44\",18\n";
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", rangAgent + tookCall);

        var calls = (await Cdr.SyncAsync(Cdr.Context(path))).Interactions();

        Assert.Equal(["1709632931.44#17", "1709632931.44#18"], calls.Select(c => c.InteractionId));
        Assert.Equal(["SIP/201", "SIP/202"], calls.Select(c => c.Agent));
        Assert.Equal("1709632931.44", calls[1].Attributes["linkedid"]);
    }

    [Fact]
    public async Task Start_times_are_read_in_the_time_zone_of_the_pbx()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1", start: "2024-03-05 09:15:02") + Cdr.Line("1.2", start: "2024-07-01 09:15:02"));

        var calls = (await Cdr.SyncAsync(Cdr.Context(path, ("timeZone", "America/New_York")))).Interactions();

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 2, TimeSpan.FromHours(-5)), calls[0].OccurredAt);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 9, 15, 2, TimeSpan.FromHours(-4)), calls[1].OccurredAt);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 13, 15, 2, TimeSpan.Zero), calls[1].OccurredAt.ToUniversalTime());
    }

    [Fact]
    public async Task Start_times_are_utc_when_no_time_zone_is_set()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1", start: "2024-07-01 09:15:02"));

        var call = Assert.Single((await Cdr.SyncAsync(Cdr.Context(path))).Interactions());

        Assert.Equal(TimeSpan.Zero, call.OccurredAt.Offset);
        Assert.Equal(new DateTime(2024, 7, 1, 9, 15, 2), call.OccurredAt.DateTime);
    }

    [Fact]
    public async Task A_time_zone_that_is_not_an_iana_id_is_refused_naming_the_setting()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Line("1.1"));

        var error = await Assert.ThrowsAsync<Hub.Contracts.InvalidSettingException>(() => Cdr.SyncAsync(Cdr.Context(path, ("timeZone", "Mars/Olympus"))));

        Assert.Equal("timeZone", error.Setting);
        Assert.Contains("'Mars/Olympus'", error.Message);
    }
}
