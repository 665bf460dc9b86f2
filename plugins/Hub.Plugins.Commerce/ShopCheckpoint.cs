using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// How far each stream has been stored: the latest <c>updated_at</c> of its last stored page, and the ids of the items
/// stored with exactly that <c>updated_at</c>. The next read asks for <c>updated_at_min</c> at (not after) that instant,
/// so that items sharing it across a page boundary are never skipped; without a lookback it passes over the items whose
/// ids are kept, which it has already stored, and reads the others of that instant. A checkpoint written before the ids
/// were kept has none: the instant is then read again whole, as it always was.
/// </summary>
internal sealed record ShopCheckpoint(DateTimeOffset? Customers, DateTimeOffset? Orders)
{
    /// <summary>
    /// The most ids kept per stream. A bulk edit can stamp thousands of items with one second; beyond this many the
    /// checkpoint keeps the first ones only, and the rest of that instant is read again (storage is idempotent).
    /// </summary>
    public const int MaxIdsAtInstant = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // No ids, no property: such a checkpoint reads exactly as one written before the ids were kept.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ShopCheckpoint Start { get; } = new(null, null);

    /// <summary>The ids of the customers stored whose <c>updated_at</c> is <see cref="Customers"/>.</summary>
    public IReadOnlyList<string>? CustomerIdsAtInstant { get; init; }

    /// <summary>The ids of the orders stored whose <c>updated_at</c> is <see cref="Orders"/>.</summary>
    public IReadOnlyList<string>? OrderIdsAtInstant { get; init; }

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

    /// <summary>The ids of the stream's items stored at its instant; none when unknown.</summary>
    public IReadOnlyList<string> IdsAtInstant(ShopStream stream) =>
        (stream == ShopStream.Customers ? CustomerIdsAtInstant : OrderIdsAtInstant) ?? [];

    public ShopCheckpoint With(ShopStream stream, DateTimeOffset? value, IEnumerable<string> idsAtInstant)
    {
        List<string> ids = [.. idsAtInstant.Distinct(StringComparer.Ordinal).Take(MaxIdsAtInstant)];
        var kept = value is null || ids.Count == 0 ? null : ids;
        return stream == ShopStream.Customers
            ? this with { Customers = value, CustomerIdsAtInstant = kept }
            : this with { Orders = value, OrderIdsAtInstant = kept };
    }

    public Checkpoint ToCheckpoint() => new(JsonSerializer.Serialize(this, Json));
}
