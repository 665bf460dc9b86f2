using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>The GraphiQL playground a browser gets at GET /graphql, served from the hub's own files.</summary>
public sealed partial class PlaygroundTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_page_is_served_without_a_key_and_loads_nothing_from_other_hosts()
    {
        var html = await GetPageAsync(server.Client);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(AssetUrls(html), url => Assert.StartsWith("/graphql/playground/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_asset_the_page_references_is_served_with_its_content_type()
    {
        SkipUnlessBuilt();
        var html = await GetPageAsync(server.Client);
        var urls = AssetUrls(html);

        Assert.Equal(PlaygroundAssets.FileNames.Order(), urls.Select(u => u["/graphql/playground/".Length..]).Order());
        foreach (var url in urls)
        {
            using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Content.Headers.ContentLength > 1000, $"{url} is {response.Content.Headers.ContentLength} bytes");
        }
    }

    [Fact]
    public async Task The_page_passes_the_typed_key_as_a_bearer_header_and_keeps_it_in_the_session_only()
    {
        SkipUnlessBuilt();
        var html = await GetPageAsync(server.Client);

        Assert.Contains("GraphiQL.createFetcher", html, StringComparison.Ordinal);
        Assert.Contains("'Bearer ' + key", html, StringComparison.Ordinal);
        Assert.Contains("sessionStorage", html, StringComparison.Ordinal);
        Assert.DoesNotContain("localStorage", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/playground/package.json")]
    [InlineData("/graphql/playground/..%2F..%2Fhub.db")]
    [InlineData("/graphql/playground/graphiql.min.js.map")]
    public async Task Files_other_than_the_bundles_are_not_served(string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_bundles_the_page_says_how_to_get_them_and_how_to_query()
    {
        var empty = Directory.CreateTempSubdirectory("hub-no-playground-");
        try
        {
            await using var bare = new ApiServer(services => services.AddSingleton(new PlaygroundAssets(empty.FullName)), _ => Task.CompletedTask);
            await bare.InitializeAsync();

            var html = await GetPageAsync(bare.Client);

            Assert.Contains("npm ci", html, StringComparison.Ordinal);
            Assert.Contains("host/Hub.Api/Playground", html, StringComparison.Ordinal);
            Assert.Contains("hub apikey create", html, StringComparison.Ordinal);
            Assert.Contains(bare.Client.BaseAddress!.Authority, html, StringComparison.Ordinal);
            Assert.Empty(AssetUrls(html));
            using var asset = await bare.Client.GetAsync(new Uri("/graphql/playground/graphiql.min.js", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static async Task<string> GetPageAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static List<string> AssetUrls(string html) =>
        [.. AssetReference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))];

    private static void SkipUnlessBuilt()
    {
        var built = new PlaygroundAssets(Path.Combine(AppContext.BaseDirectory, PlaygroundAssets.DefaultFolderName));
        if (!built.AreAvailable)
            Assert.Skip("The GraphiQL bundles were not built (npm missing?): run 'npm ci' in host/Hub.Api/Playground and build again.");
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();
}
