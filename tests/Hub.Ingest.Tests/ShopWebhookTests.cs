using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingest.Tests;

/// <summary>Shopify webhooks posted to a commerce instance's ingest endpoint, signed as Shopify signs them.</summary>
public sealed class ShopWebhookTests : IAsyncLifetime
{
    private const string Customer =
        """{"id":7001,"email":"ann@example.com","first_name":"Ann","last_name":"Lee","updated_at":"2024-05-01T12:00:00Z"}""";

    private IngestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await IngestServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string topic, string json, string secret = IngestServer.WebhookSecret)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/ingest/shop") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        return _server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<(string SourceId, string? Email, bool Deleted)>> ShopCustomersAsync()
    {
        await using var connection = await _server.Services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string, string?, long)>(
            "SELECT source_id, email, is_deleted FROM customer_records WHERE source = 'shop' ORDER BY source_id;");
        return rows.Select(r => (r.Item1, r.Item2, r.Item3 != 0)).ToList();
    }

    [Fact]
    public async Task A_customer_deleted_in_the_shop_is_kept_as_a_tombstone_without_its_data()
    {
        using var created = await PostAsync("customers/create", Customer);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal([("7001", "ann@example.com", false)], await ShopCustomersAsync());

        using var deleted = await PostAsync("customers/delete", """{"id":7001}""");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal([("7001", (string?)null, true)], await ShopCustomersAsync());
    }

    [Fact]
    public async Task A_webhook_signed_with_another_secret_is_refused_and_stores_nothing()
    {
        using var response = await PostAsync("customers/create", Customer, secret: "not the shop's secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await ShopCustomersAsync());
    }

    [Fact]
    public async Task A_topic_the_hub_does_not_take_gets_a_400_saying_which_it_takes()
    {
        using var response = await PostAsync("products/create", """{"id":1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("customers/delete", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(await ShopCustomersAsync());
    }
}
