using System.Net;

namespace Hub.Ingest.Tests;

public sealed class ConfiguredLimitTests
{
    [Fact]
    public async Task The_body_limit_follows_the_hub_ingest_setting()
    {
        await using var server = await IngestServer.StartAsync(maxBodyBytes: 200);
        var track = """{ "userId": "u-1", "event": "App Opened", "messageId": "m-1" }""";

        using var small = await server.PostAsync("/ingest/app/v1/track", track);
        using var large = await server.PostAsync("/ingest/app/v1/track", track.Replace("App Opened", new string('A', 200), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("Hub:Ingest:MaxBodyBytes", await Json.ErrorOfAsync(large), StringComparison.Ordinal);
        Assert.Equal(["App Opened"], await server.EventNamesAsync());
    }
}
