using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.SampleData.Fakes;

/// <summary>
/// Answers <c>GET /admin/api/{version}/shop.json</c>, <c>customers.json</c> and <c>orders.json</c> as Shopify does,
/// including its refusals: 401 without the token, 429 while throttled, 400 for filters beside <c>page_info</c>.
/// </summary>
internal sealed class FakeShopHandler(FakeShopData data, FakeShopOptions options, FakeShopFaults faults)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 250;
    private const int RequestsKept = 1000;
    private static readonly string[] AllowedWithPageInfo = ["page_info", "limit", "fields"];

    /// <summary>The path and query of the latest requests, oldest first.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        Requests.Enqueue(request.Path + request.QueryString);
        while (Requests.Count > RequestsKept) Requests.TryDequeue(out _);
        if (faults.TakeFailure())
        {
            await ErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "Service Unavailable");
            return;
        }

        var segments = request.Path.Value?.Trim('/').Split('/') ?? [];
        if (!HttpMethods.IsGet(request.Method) || segments is not ["admin", "api", var version, var file] || !IsVersion(version))
        {
            await ErrorAsync(http, StatusCodes.Status404NotFound, "Not Found");
            return;
        }

        if (!HasToken(request))
        {
            await ErrorAsync(http, StatusCodes.Status401Unauthorized, "[API] Invalid API key or access token (unrecognized login or wrong password)");
            return;
        }

        if (faults.TakeThrottle() is { } wait)
        {
            // Shopify writes fractional seconds, e.g. "2.0".
            http.Response.Headers.RetryAfter = wait.TotalSeconds.ToString("0.0##", CultureInfo.InvariantCulture);
            await ErrorAsync(http, StatusCodes.Status429TooManyRequests,
                "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.");
            return;
        }

        http.Response.Headers["X-Shopify-API-Version"] = version;
        http.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = "1/40";
        switch (file)
        {
            case "shop.json":
                await WriteAsync(http, json => FakeShopJson.WriteShop(json, options, BaseOf(http.Request)));
                break;
            case "customers.json":
            case "orders.json":
                await ListAsync(http, version, file[..^".json".Length]);
                break;
            default:
                await ErrorAsync(http, StatusCodes.Status404NotFound, "Not Found");
                break;
        }
    }

    private async Task ListAsync(HttpContext http, string version, string resource)
    {
        var query = http.Request.Query;
        var limit = DefaultLimit;
        if (query["limit"].ToString() is { Length: > 0 } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                await FieldErrorAsync(http, "limit", "limit must be a whole number from 1 to 250");
                return;
            }

            limit = Math.Min(limit, MaxLimit);
        }

        FakeShopCursor? cursor = null;
        FakeShopQuery? filter;
        if (query["page_info"].ToString() is { Length: > 0 } pageInfo)
        {
            if (query.Keys.FirstOrDefault(k => !AllowedWithPageInfo.Contains(k)) is { } extra)
            {
                await FieldErrorAsync(http, extra, $"{extra} cannot be passed when page_info is present.");
                return;
            }

            cursor = FakeShopCursor.Decode(pageInfo, resource);
            if (cursor is null)
            {
                await FieldErrorAsync(http, "page_info", "Invalid value.");
                return;
            }

            filter = cursor.Query;
        }
        else
        {
            filter = FakeShopQuery.Parse(resource, query, out var error);
            if (filter is null)
            {
                await FieldErrorAsync(http, error!.Value.Name, error.Value.Message);
                return;
            }
        }

        var (customers, orders) = data.Snapshot();
        var shapes = new FakeShopJson(options, customers, orders);
        if (resource == "customers")
        {
            var page = FakeShopPage<FakeShopCustomer>.Cut(customers.Where(filter.Matches),
                c => filter.KeyOf(c.Id, c.CreatedAt!.Value, c.UpdatedAt!.Value), filter, cursor, limit);
            Link(http.Response, BaseOf(http.Request), version, resource, limit, page.Previous, page.Next);
            await WriteListAsync(http, resource, page.Items, shapes.WriteCustomer);
        }
        else
        {
            var page = FakeShopPage<FakeShopOrder>.Cut(orders.Where(filter.Matches),
                o => filter.KeyOf(o.Id, o.CreatedAt!.Value, o.UpdatedAt!.Value), filter, cursor, limit);
            Link(http.Response, BaseOf(http.Request), version, resource, limit, page.Previous, page.Next);
            await WriteListAsync(http, resource, page.Items, shapes.WriteOrder);
        }
    }

    private static void Link(HttpResponse response, Uri shop, string version, string resource, int limit, FakeShopCursor? previous, FakeShopCursor? next)
    {
        var links = new List<string>(2);
        if (previous is not null) links.Add($"<{PageUrl(shop, version, resource, limit, previous)}>; rel=\"previous\"");
        if (next is not null) links.Add($"<{PageUrl(shop, version, resource, limit, next)}>; rel=\"next\"");
        if (links.Count > 0) response.Headers.Link = string.Join(", ", links);
    }

    private static string PageUrl(Uri shop, string version, string resource, int limit, FakeShopCursor cursor) =>
        new Uri(shop, $"admin/api/{version}/{resource}.json?limit={limit.ToString(CultureInfo.InvariantCulture)}&page_info={cursor.Encode()}")
            .AbsoluteUri;

    // Links name the shop as the client addressed it, as a server behind any host name does.
    private static Uri BaseOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private bool HasToken(HttpRequest request)
    {
        var given = Encoding.UTF8.GetBytes(request.Headers["X-Shopify-Access-Token"].ToString());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(options.AccessToken));
    }

    private static bool IsVersion(string text) =>
        text == "unstable" || (text.Length == 7 && text[4] == '-' && text.Remove(4, 1).All(char.IsAsciiDigit));

    private static Task WriteListAsync<T>(HttpContext http, string resource, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write) =>
        WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray(resource);
            foreach (var item in items) write(json, item);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static Task ErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("errors", message);
            json.WriteEndObject();
        });
    }

    private static Task FieldErrorAsync(HttpContext http, string field, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("errors");
            json.WriteString(field, message);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static async Task WriteAsync(HttpContext http, Action<Utf8JsonWriter> write)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        // The writer fills the response pipe's buffer; nothing blocks until the flush below.
        using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            write(json);
        }

        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
