using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hub.SampleData.Fakes;

/// <summary>
/// The filters and sort order of a list request. Shopify fixes them with the first page: a <c>page_info</c> cursor
/// carries them, and a request with <c>page_info</c> may add nothing but <c>limit</c> and <c>fields</c>.
/// </summary>
internal sealed record FakeShopQuery
{
    public static readonly string[] TimeFilters = ["updated_at_min", "updated_at_max", "created_at_min", "created_at_max"];

    public required string Resource { get; init; }
    public DateTimeOffset? UpdatedAtMin { get; init; }
    public DateTimeOffset? UpdatedAtMax { get; init; }
    public DateTimeOffset? CreatedAtMin { get; init; }
    public DateTimeOffset? CreatedAtMax { get; init; }
    public long? SinceId { get; init; }
    public IReadOnlyList<long>? Ids { get; init; }
    public string Status { get; init; } = "open";
    public string SortField { get; init; } = "id";
    public bool Descending { get; init; }

    /// <summary>The query of a first page, or the name of the parameter that is wrong and why.</summary>
    public static FakeShopQuery? Parse(string resource, IQueryCollection query, out (string Name, string Message)? error)
    {
        error = null;
        var times = new DateTimeOffset?[TimeFilters.Length];
        for (var i = 0; i < TimeFilters.Length; i++)
        {
            if (query[TimeFilters[i]].ToString() is not { Length: > 0 } text) continue;
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                error = (TimeFilters[i], $"{TimeFilters[i]} must be an ISO 8601 time such as 2014-04-25T16:15:47-04:00");
                return null;
            }

            times[i] = at;
        }

        long? sinceId = null;
        if (query["since_id"].ToString() is { Length: > 0 } since)
        {
            if (!long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                error = ("since_id", "since_id must be a whole number");
                return null;
            }

            sinceId = id;
        }

        IReadOnlyList<long>? ids = null;
        if (query["ids"].ToString() is { Length: > 0 } list)
        {
            var parsed = new List<long>();
            foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    error = ("ids", "ids must be comma-separated whole numbers");
                    return null;
                }

                parsed.Add(id);
            }

            ids = parsed;
        }

        // An order the shop does not know falls back to the default, as lenient APIs do.
        var order = query["order"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sortField = order.Length > 0 && order[0] is "id" or "updated_at" or "created_at" ? order[0] : "id";
        var status = query["status"].ToString() is { Length: > 0 } s ? s.ToLowerInvariant() : "open";
        return new FakeShopQuery
        {
            Resource = resource,
            UpdatedAtMin = times[0],
            UpdatedAtMax = times[1],
            CreatedAtMin = times[2],
            CreatedAtMax = times[3],
            SinceId = sinceId,
            Ids = ids,
            Status = status,
            SortField = sortField,
            Descending = order.Length > 1 && order[1].Equals("desc", StringComparison.OrdinalIgnoreCase),
        };
    }

    public bool Matches(FakeShopCustomer customer) => Matches(customer.Id, customer.CreatedAt!.Value, customer.UpdatedAt!.Value);

    public bool Matches(FakeShopOrder order) =>
        Matches(order.Id, order.CreatedAt!.Value, order.UpdatedAt!.Value)
        && Status switch
        {
            "any" => true,
            "closed" => order.ClosedAt is not null,
            "cancelled" => order.CancelledAt is not null,
            _ => order.ClosedAt is null && order.CancelledAt is null,
        };

    /// <summary>Where an item sorts: ascending on the result, whatever the direction asked for.</summary>
    public (long Value, long Id) KeyOf(long id, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        var value = SortField switch
        {
            "updated_at" => updatedAt.UtcTicks,
            "created_at" => createdAt.UtcTicks,
            _ => id,
        };
        return Descending ? (-value, -id) : (value, id);
    }

    private bool Matches(long id, DateTimeOffset createdAt, DateTimeOffset updatedAt) =>
        (UpdatedAtMin is null || updatedAt >= UpdatedAtMin)
        && (UpdatedAtMax is null || updatedAt <= UpdatedAtMax)
        && (CreatedAtMin is null || createdAt >= CreatedAtMin)
        && (CreatedAtMax is null || createdAt <= CreatedAtMax)
        && (SinceId is null || id > SinceId)
        && (Ids is null || Ids.Contains(id));
}
