using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>What the connector has read: the files done, and how far into the file in progress.</summary>
internal sealed record FilesCheckpoint(IReadOnlyList<FileStamp> Done, FileProgress? Current)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FilesCheckpoint Start { get; } = new([], null);

    /// <exception cref="InvalidOperationException">when the value was not written by this connector.</exception>
    public static FilesCheckpoint Parse(Checkpoint checkpoint)
    {
        if (checkpoint.Value is not { } value) return Start;
        try
        {
            return JsonSerializer.Deserialize<FilesCheckpoint>(value, Json) is { Done: not null } parsed ? parsed : throw new JsonException();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(
                $"the checkpoint '{value}' was not written by the files connector; run a full sync (hub sync ID --full) to read every file again", e);
        }
    }

    public Checkpoint ToCheckpoint() => new(JsonSerializer.Serialize(this, Json));
}
