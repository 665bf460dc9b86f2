using System.Buffers.Text;
using System.Text.Json;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// The floor for issue 5: a plain ASP.NET Core minimal-API endpoint, <c>GET /customers?country=XX&amp;after=CURSOR</c>, that
/// runs the SQL the hub runs for the benchmark's page (the store's own customers-page SELECT, one row more than the page
/// to learn whether another follows, then its source-records lookup for the page's customers) and writes the same page
/// as JSON with System.Text.Json. No GraphQL, no key, no limits: what serving that page costs with the framework alone.
/// </summary>
internal sealed class PlainCustomersEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlainCustomersEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PlainCustomersEndpoint> StartAsync(string databasePath, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddBenchStorage(databasePath);
        var app = builder.Build();
        app.MapGet("/customers", (string country, string? after, ICustomerQueries queries, CancellationToken requestAborted) =>
            PageAsync(queries, country, after, requestAborted));
        await app.StartAsync(cancellationToken);
        return new PlainCustomersEndpoint(app, new Uri(new Uri(app.Urls.First()), "/customers"));
    }

    private static async Task<IResult> PageAsync(ICustomerQueries queries, string country, string? after, CancellationToken cancellationToken)
    {
        var filter = new FieldCondition(CustomerField.Country, FilterOperator.Eq, [country]);
        var from = after is null ? null : new CustomerPosition(Decode(after));
        var rows = await queries.FindCustomersAsync(new CustomerQuery(filter, ApiQuery.Order, from, false, ApiQuery.PageSize + 1), cancellationToken);
        var page = rows.Take(ApiQuery.PageSize).ToList();
        var records = await queries.GetRecordsOfCustomersAsync([.. page.Select(r => r.Customer.Number)], cancellationToken);
        var edges = page.Select(row =>
        {
            var c = row.Customer;
            var sources = records[c.Number]
                .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.SourceId, StringComparer.Ordinal)
                .Select(r => new PlainSource(r.Source, r.SourceId, r.Record.GivenName, r.Record.FamilyName, r.Record.City, r.Record.Country))
                .ToList();
            return new PlainEdge(Encode(row.Position), new PlainCustomer(c.Id, c.DisplayName, c.Kind.ToString().ToUpperInvariant(),
                c.GivenName, c.FamilyName, c.City, c.Country, c.RecordCount, sources));
        }).ToList();
        return Results.Json(new PlainPage(edges, new PlainPageInfo(rows.Count > ApiQuery.PageSize, edges.Count == 0 ? null : edges[^1].Cursor)));
    }

    private static string Encode(CustomerPosition position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position.Values));

    private static List<object> Decode(string cursor)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
        return [.. document.RootElement.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? (object)v.GetInt64() : v.GetString()!)];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record PlainPage(IReadOnlyList<PlainEdge> Edges, PlainPageInfo PageInfo);

    private sealed record PlainPageInfo(bool HasNextPage, string? EndCursor);

    private sealed record PlainEdge(string Cursor, PlainCustomer Node);

    private sealed record PlainCustomer(string Id, string? DisplayName, string Kind, string? GivenName, string? FamilyName, string? City, string? Country,
        int RecordCount, IReadOnlyList<PlainSource> Sources);

    private sealed record PlainSource(string Source, string SourceId, string? GivenName, string? FamilyName, string? City, string? Country);
}
