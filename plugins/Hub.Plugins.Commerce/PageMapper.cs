using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// Maps the items of one page; a malformed item is rejected with its raw JSON and the rest of the page is kept, and an
/// item a resumed read has already stored, unchanged, is passed over.
/// </summary>
internal static class PageMapper
{
    /// <summary>The resource's list property in the page body, e.g. <c>customers</c>.</summary>
    public static string ListName(ShopStream stream) => stream == ShopStream.Customers ? "customers" : "orders";

    public static MappedPage Map(ShopStream stream, JsonElement body, int pageNumber, string? defaultCountry, AlreadyStored? stored = null)
    {
        stored ??= AlreadyStored.None;
        var list = ListName(stream);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException($"the shop's answer has no '{list}' list; check that baseUrl is a Shopify-compatible Admin API");
        }

        var records = new List<SourceRecord>(items.GetArrayLength());
        var rejected = new List<RejectedRecord>();
        var guests = new Dictionary<string, CustomerRecord>(StringComparer.Ordinal);
        var read = new List<PageItem>(items.GetArrayLength());
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            index++;
            var position = string.Create(CultureInfo.InvariantCulture, $"{list}.json page {pageNumber} item {index}");
            // Rejected items count toward the checkpoint too: they are quarantined, not left to be read again.
            DateTimeOffset? updatedAt = ShopJson.Text(item, "updated_at") is { } text && ShopJson.TryTimestamp(text, out var at) ? at : null;
            var itemId = ShopJson.Id(item);
            // Only an item with an id and a time can be kept in a checkpoint, so only such an item needs a fingerprint.
            var fingerprint = itemId is not null && updatedAt is not null ? ShopFingerprint.Of(item) : null;
            var kept = stored.Match(itemId, updatedAt, fingerprint);
            if (updatedAt is { } known) read.Add(new PageItem(itemId, known, kept is { } same ? same.Fingerprint : fingerprint));
            if (kept is not null) continue;

            string? reason;
            if (stream == ShopStream.Customers)
            {
                if (CustomerMapper.Map(item, position, defaultCountry, out reason) is { } customer) records.Add(customer);
            }
            else if (OrderMapper.Map(item, position, defaultCountry, out reason) is { } mapped)
            {
                records.Add(mapped.Order);
                // One guest record per e-mail and page, the most recently updated, ahead of the orders.
                if (mapped.Guest is { } guest && (!guests.TryGetValue(guest.SourceId, out var seen) || seen.UpdatedAt < guest.UpdatedAt))
                {
                    guests[guest.SourceId] = guest;
                }
            }

            if (reason is not null)
            {
                rejected.Add(new RejectedRecord(list, itemId is null ? position : $"{position} (id {itemId})", item.GetRawText(), reason));
            }
        }

        if (guests.Count > 0) records.InsertRange(0, guests.Values);
        return new MappedPage(records, rejected, read);
    }
}
