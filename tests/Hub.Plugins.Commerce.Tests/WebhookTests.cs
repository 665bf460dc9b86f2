using System.Security.Cryptography;
using System.Text;
using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Commerce.Tests;

public sealed class WebhookTests
{
    private const string Secret = "shpss_0123456789abcdef";

    private const string Customer =
        """
        {"id":706405506930370084,"email":"bob@example.com","first_name":"Bob","last_name":"Biller","phone":"+16136120707",
         "updated_at":"2024-05-01T12:00:00-04:00","default_address":{"city":"Ottawa","country_code":"CA","zip":"K2P 1L4"}}
        """;

    private const string Order =
        """
        {"id":820982911946154508,"email":"jon@example.com","total_price":"398.00","currency":"USD",
         "processed_at":"2024-05-02T10:00:00-04:00","updated_at":"2024-05-02T10:00:05-04:00",
         "customer":{"id":706405506930370084},"line_items":[{"sku":"IPOD-2","quantity":2,"price":"199.00"}]}
        """;

    private static PushRequest Webhook(string topic, string body, string? secret = Secret, string path = "")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = new Dictionary<string, string> { ["x-shopify-topic"] = topic, ["x-shopify-webhook-id"] = "b54557e4" };
        if (secret is not null) headers["x-shopify-hmac-sha256"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), bytes));
        return new PushRequest(path, "application/json", headers, bytes);
    }

    private static TestSettings Settings(string? secret = Secret) =>
        new(secret is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["webhookSecret"] = secret });

    private static PushResult Receive(PushRequest request) =>
        new ShopConnector().Receive(request, new ConnectorContext("shop", "shop", Settings(), NullLogger.Instance));

    [Fact]
    public void A_webhook_is_taken_only_with_the_signature_of_the_instance_secret()
    {
        var connector = new ShopConnector();

        Assert.True(connector.IsAuthorized(Webhook("customers/delete", """{"id":1}"""), Settings()));
        Assert.False(connector.IsAuthorized(Webhook("customers/delete", """{"id":1}""", secret: "another app's secret"), Settings()));
        Assert.False(connector.IsAuthorized(Webhook("customers/delete", """{"id":1}""", secret: null), Settings()));
    }

    [Fact]
    public void A_signature_over_another_body_is_refused()
    {
        var signed = Webhook("customers/delete", """{"id":1}""");
        var tampered = signed with { Body = Encoding.UTF8.GetBytes("""{"id":2}""") };

        Assert.False(new ShopConnector().IsAuthorized(tampered, Settings()));
    }

    [Fact]
    public void Without_a_webhook_secret_the_instance_takes_no_webhooks()
    {
        Assert.False(new ShopConnector().IsAuthorized(Webhook("customers/delete", """{"id":1}"""), Settings(secret: null)));
    }

    [Fact]
    public void A_customer_deleted_in_the_shop_becomes_a_tombstone_under_its_id()
    {
        var result = Receive(Webhook("customers/delete", """{"id":706405506930370084,"email":null,"phone":null}"""));

        var tombstone = Assert.IsType<CustomerRecord>(Assert.Single(result.Records));
        Assert.Equal("706405506930370084", tombstone.SourceId);
        Assert.True(tombstone.IsDeleted);
        Assert.Equal("customers/delete webhook b54557e4", tombstone.Position);
    }

    [Fact]
    public void A_deleted_order_becomes_a_tombstone_under_its_id()
    {
        var tombstone = Assert.IsType<OrderRecord>(Assert.Single(Receive(Webhook("orders/delete", """{"id":820982911946154508}""")).Records));

        Assert.Equal("820982911946154508", tombstone.OrderId);
        Assert.True(tombstone.IsDeleted);
    }

    [Fact]
    public void A_created_or_updated_customer_is_mapped_as_a_synced_one_is()
    {
        var customer = Assert.IsType<CustomerRecord>(Assert.Single(Receive(Webhook("customers/update", Customer)).Records));

        Assert.Equal(("706405506930370084", "bob@example.com", "Ottawa", "CA"), (customer.SourceId, customer.Email, customer.City, customer.Country));
        Assert.False(customer.IsDeleted);
    }

    [Fact]
    public void An_order_webhook_keeps_amount_currency_and_lines()
    {
        var order = Assert.IsType<OrderRecord>(Assert.Single(Receive(Webhook("orders/create", Order)).Records));

        Assert.Equal((398.00m, "USD", "706405506930370084"), (order.Amount, order.Currency, order.CustomerSourceId));
        Assert.Equal(new OrderLine("IPOD-2", 2, 199.00m), Assert.Single(order.Lines));
    }

    [Fact]
    public void An_unusable_resource_is_rejected_with_its_reason_and_body()
    {
        var body = Order.Replace("\"398.00\"", "\"lots\"", StringComparison.Ordinal);

        var result = Receive(Webhook("orders/updated", body));

        Assert.Empty(result.Records);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("total_price 'lots' is not a number", rejected.Reason);
        Assert.Equal(body, rejected.RawPayload);
    }

    [Fact]
    public void A_topic_the_hub_does_not_take_is_refused_naming_the_topics_it_does()
    {
        var error = Assert.Throws<PushRejectedException>(() => Receive(Webhook("products/update", """{"id":1}""")));

        Assert.Contains("'products/update' is not taken here", error.Message, StringComparison.Ordinal);
        Assert.Contains("customers/delete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_without_a_topic_or_with_a_body_that_is_not_an_object_is_refused()
    {
        var noTopic = Webhook("customers/delete", """{"id":1}""");
        noTopic = noTopic with { Headers = noTopic.Headers.Where(h => h.Key != "x-shopify-topic").ToDictionary() };

        Assert.Contains("X-Shopify-Topic", Assert.Throws<PushRejectedException>(() => Receive(noTopic)).Message, StringComparison.Ordinal);
        Assert.StartsWith("the body is not valid JSON", Assert.Throws<PushRejectedException>(() => Receive(Webhook("customers/delete", "{"))).Message, StringComparison.Ordinal);
        Assert.StartsWith("the body is not a JSON object", Assert.Throws<PushRejectedException>(() => Receive(Webhook("customers/delete", "[]"))).Message, StringComparison.Ordinal);
    }
}
