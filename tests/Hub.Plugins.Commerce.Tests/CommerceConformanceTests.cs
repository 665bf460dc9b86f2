using System.Security.Cryptography;
using System.Text;
using Hub.Contracts;
using Hub.Contracts.Testing;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

/// <summary>
/// The commerce plugin against the connector kit, over a local shop read two items a page: seven customers and five
/// orders (one a guest's), several of them changed in the same second, so that resuming inside such a second is checked.
/// The kit reads without a lookback: a lookback reads its window again on purpose (storing a record twice changes nothing
/// in the hub), which the kit's "repeats none" would count against it.
/// </summary>
public sealed class CommerceConformanceTests(CommerceConformanceTests.Shop shop) : ConnectorConformanceTests, IClassFixture<CommerceConformanceTests.Shop>
{
    protected override string PluginId => "commerce";

    protected override IHubPlugin CreatePlugin() => new CommercePlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>
    {
        ["baseUrl"] = shop.Server.BaseAddress.ToString(),
        ["accessToken"] = shop.Server.AccessToken,
        ["pageSize"] = "2",
        ["lookbackMinutes"] = "0",
    };

    protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string>
    {
        ["baseUrl"] = shop.Server.BaseAddress.ToString(),
        ["accessToken"] = "shpat_revoked",
    };

    /// <summary>One shop for every check: they only read it.</summary>
    public sealed class Shop : IAsyncLifetime
    {
        public FakeShop Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var data = new FakeShopData();
            var same = Some.T0.AddHours(2);
            foreach (var (id, at) in new[] { (1, Some.T0), (2, Some.T0.AddHours(1)), (3, same), (4, same), (5, same), (6, Some.T0.AddHours(3)), (7, Some.T0.AddHours(4)) })
                data.AddCustomer(Some.Customer(id, at));
            foreach (var (id, customer, at) in new[] { (101, (long?)1, Some.T0), (102, 3, same), (103, null, same), (104, 4, same), (105, 7, Some.T0.AddHours(5)) })
                data.AddOrder(Some.Order(id, customer, at));
            Server = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        }

        public async ValueTask DisposeAsync() => await Server.DisposeAsync();
    }
}

/// <summary>
/// The commerce plugin's webhook receiver against the push-receiver kit: a <c>customers/create</c> webhook signed with the
/// instance's secret, as Shopify sends it; unsigned, it is a stranger's.
/// </summary>
public sealed class CommerceWebhookConformanceTests : PushReceiverConformanceTests
{
    private const string Secret = "shpss_conformance";

    private const string Customer =
        """{"id":706405506930370084,"email":"bob@example.com","first_name":"Bob","last_name":"Biller","updated_at":"2024-05-01T12:00:00-04:00"}""";

    protected override string PluginId => "commerce";

    protected override IHubPlugin CreatePlugin() => new CommercePlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["webhookSecret"] = Secret };

    protected override PushRequest SamplePush => Webhook(signed: true);

    protected override PushRequest? UnauthenticatedPush => Webhook(signed: false);

    private static PushRequest Webhook(bool signed)
    {
        var body = Encoding.UTF8.GetBytes(Customer);
        var headers = new Dictionary<string, string> { ["x-shopify-topic"] = "customers/create", ["x-shopify-webhook-id"] = "b54557e4" };
        if (signed) headers["x-shopify-hmac-sha256"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));
        return new PushRequest("", "application/json", headers, body);
    }
}
