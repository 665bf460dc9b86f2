using System.Net;
using System.Text;

namespace Hub.Ingest.Tests;

public sealed class RefusalTests : IAsyncLifetime
{
    private const string Track = """{ "userId": "u-1", "event": "App Opened", "messageId": "m-1" }""";

    private IngestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await IngestServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_push_to_a_connector_that_does_not_exist_is_404_with_a_json_reason()
    {
        using var response = await _server.PostAsync("/ingest/nope/v1/track", Track);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("there is no connector 'nope'", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_to_a_connector_that_only_syncs_is_404_saying_so()
    {
        using var response = await _server.PostAsync("/ingest/csv", "a,b");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("does not accept pushed records", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_write_key_is_401_with_a_basic_challenge_and_stores_nothing()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/track", Track, basicUser: "wk_guess");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("credentials of connector 'app'", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _server.EventNamesAsync());
        Assert.Empty(await _server.RunsAsync());
    }

    [Fact]
    public async Task A_push_without_credentials_is_401_and_the_challenge_offers_both_schemes()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/track", Track, basicUser: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["Basic", "Bearer"], response.Headers.WwwAuthenticate.Select(c => c.Scheme).Order());
    }

    [Fact]
    public async Task A_body_over_the_default_limit_is_413_even_when_sent_without_a_length()
    {
        var body = new byte[1024 * 1024 + 1];
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest/app/v1/batch") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the 1048576 bytes", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _server.RunsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_with_the_reason_and_stores_nothing()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/batch", """{ "batch": [ { "type": "track", """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _server.EventNamesAsync());
        Assert.Empty(await _server.CustomerSourceIdsAsync());
        Assert.Empty(await _server.RunsAsync());
        Assert.Empty(await _server.QuarantineAsync());
    }

    [Fact]
    public async Task A_batch_over_500_KB_is_400_and_stores_none_of_its_messages()
    {
        var message = $$"""{ "type": "track", "userId": "u-1", "event": "E", "properties": { "blob": "{{new string('x', 20 * 1024)}}" } }""";
        var small = """{ "type": "track", "userId": "u-1", "event": "Small", "messageId": "m-small" }""";
        var body = $$"""{ "batch": [ {{small}}, {{string.Join(",", Enumerable.Repeat(message, 26))}} ] }""";

        using var response = await _server.PostAsync("/ingest/app/v1/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("500 KB", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _server.EventNamesAsync());
    }

    [Fact]
    public async Task An_unknown_path_is_400_listing_the_segment_paths()
    {
        using var response = await _server.PostAsync("/ingest/app/v2/track", Track);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("v1/batch", await Json.ErrorOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_post_is_served()
    {
        using var response = await _server.Client.GetAsync("/ingest/app/v1/batch", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
