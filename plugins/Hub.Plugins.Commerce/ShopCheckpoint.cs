using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// How far each stream has been stored: the latest <c>updated_at</c> of its last stored page. The next read asks for
/// <c>updated_at_min</c> at (not after) that instant, so records sharing it across a page boundary are read again, never skipped.
/// </summary>
internal sealed record ShopCheckpoint(DateTimeOffset? Customers, DateTimeOffset? Orders)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ShopCheckpoint Start { get; } = new(null, null);

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

    public ShopCheckpoint With(ShopStream stream, DateTimeOffset? value) =>
        stream == ShopStream.Customers ? this with { Customers = value } : this with { Orders = value };

    public Checkpoint ToCheckpoint() => new(JsonSerializer.Serialize(this, Json));
}
