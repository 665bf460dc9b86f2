using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// How far each stream has been stored: the latest <c>updated_at</c> of its last stored page, and the items stored with
/// exactly that <c>updated_at</c>, each as its id and the <see cref="ShopFingerprint"/> of its content as read. The next
/// read asks for <c>updated_at_min</c> at (not after) that instant, so that items sharing it across a page boundary are
/// never skipped. Without a lookback it passes over an item of that instant only when both its id and its fingerprint
/// are kept, and reads every other: the other items of that instant, and any item changed again within that second
/// after it was read (Shopify's timestamps have no fractions, so the change keeps the instant, and ids alone would lose
/// it until the item's next change).
/// </summary>
/// <remarks>
/// In JSON: <c>{"customers":"2024-03-01T14:00:00+00:00","orders":...,"customerFingerprintsAtInstant":{"4":"8f0c2a9e51b7d364"},
/// "orderFingerprintsAtInstant":{...}}</c>, a few dozen bytes an item, at most <see cref="MaxItemsAtInstant"/> items a
/// stream. Earlier formats still parse and resume as they did: a checkpoint with the instants alone reads each instant
/// again whole; one with ids and no fingerprints (<c>customerIdsAtInstant</c>, <c>orderIdsAtInstant</c>) passes over
/// those ids on the id alone. Such ids are carried on without fingerprints for as long as the instant stays the same.
/// </remarks>
internal sealed record ShopCheckpoint(DateTimeOffset? Customers, DateTimeOffset? Orders)
{
    /// <summary>
    /// The most items kept per stream. A bulk edit can stamp thousands of items with one second; beyond this many the
    /// checkpoint keeps the first ones only, and the rest of that instant is read again by the next sync (storage is
    /// idempotent, so that costs time, not data).
    /// </summary>
    public const int MaxItemsAtInstant = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Nothing kept, no property: such a checkpoint reads exactly as one written before the items were kept.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly IReadOnlyDictionary<string, string> EmptyFingerprints = new Dictionary<string, string>();

    public static ShopCheckpoint Start { get; } = new(null, null);

    /// <summary>
    /// The ids, without fingerprints, of customers stored whose <c>updated_at</c> is <see cref="Customers"/>: written by
    /// the earlier format, and carried on from it; passed over on the id alone.
    /// </summary>
    public IReadOnlyList<string>? CustomerIdsAtInstant { get; init; }

    /// <summary>The ids, without fingerprints, of orders stored at <see cref="Orders"/>, as <see cref="CustomerIdsAtInstant"/>.</summary>
    public IReadOnlyList<string>? OrderIdsAtInstant { get; init; }

    /// <summary>The customers stored whose <c>updated_at</c> is <see cref="Customers"/>: id to fingerprint.</summary>
    public IReadOnlyDictionary<string, string>? CustomerFingerprintsAtInstant { get; init; }

    /// <summary>The orders stored whose <c>updated_at</c> is <see cref="Orders"/>: id to fingerprint.</summary>
    public IReadOnlyDictionary<string, string>? OrderFingerprintsAtInstant { get; init; }

    /// <exception cref="InvalidOperationException">when the value was not written by this connector.</exception>
    public static ShopCheckpoint Parse(Checkpoint checkpoint)
    {
        if (checkpoint.Value is not { } value) return Start;
        try
        {
            return JsonSerializer.Deserialize<ShopCheckpoint>(value, Json) ?? throw new JsonException();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(
                $"the checkpoint '{value}' was not written by the commerce connector; run a full sync (hub sync ID --full) to read the shop again", e);
        }
    }

    public DateTimeOffset? Of(ShopStream stream) => stream == ShopStream.Customers ? Customers : Orders;

    /// <summary>The stream's items stored at its instant, those kept by id alone first; none when unknown.</summary>
    public IReadOnlyList<StoredItem> AtInstant(ShopStream stream)
    {
        var (ids, fingerprints) = stream == ShopStream.Customers
            ? (CustomerIdsAtInstant, CustomerFingerprintsAtInstant)
            : (OrderIdsAtInstant, OrderFingerprintsAtInstant);
        return [.. (ids ?? []).Select(id => new StoredItem(id, null)), .. (fingerprints ?? EmptyFingerprints).Select(p => new StoredItem(p.Key, p.Value))];
    }

    /// <summary>The stream at <paramref name="value"/>, with <paramref name="atInstant"/> as its items stored at that instant.</summary>
    public ShopCheckpoint With(ShopStream stream, DateTimeOffset? value, IEnumerable<StoredItem> atInstant)
    {
        var kept = value is null ? [] : StoredItem.Keep(atInstant, MaxItemsAtInstant);
        List<string> idsOnly = [.. kept.Where(i => i.Fingerprint is null).Select(i => i.Id)];
        var fingerprints = kept.Where(i => i.Fingerprint is not null).ToDictionary(i => i.Id, i => i.Fingerprint!, StringComparer.Ordinal);
        var ids = idsOnly.Count == 0 ? null : idsOnly;
        var withFingerprints = fingerprints.Count == 0 ? null : fingerprints;
        return stream == ShopStream.Customers
            ? this with { Customers = value, CustomerIdsAtInstant = ids, CustomerFingerprintsAtInstant = withFingerprints }
            : this with { Orders = value, OrderIdsAtInstant = ids, OrderFingerprintsAtInstant = withFingerprints };
    }

    public Checkpoint ToCheckpoint() => new(JsonSerializer.Serialize(this, Json));
}
