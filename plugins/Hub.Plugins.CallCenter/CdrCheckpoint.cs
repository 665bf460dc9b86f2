using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>How far each CDR file has been read: Asterisk appends to its files, so the checkpoint is a byte offset per file.</summary>
internal sealed record CdrCheckpoint(IReadOnlyList<CdrFileState> Files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CdrCheckpoint Start { get; } = new([]);

    /// <exception cref="InvalidOperationException">when the value was not written by this connector.</exception>
    public static CdrCheckpoint Parse(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Value is not { } value) return Start;
        try
        {
            return JsonSerializer.Deserialize<CdrCheckpoint>(value, Json) is { Files: not null } parsed ? parsed : throw new JsonException();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(
                $"the checkpoint '{value}' was not written by the callcenter connector; run a full sync (hub sync ID --full) to read every CDR file again", e);
        }
    }

    public static Checkpoint Write(IEnumerable<CdrFileState> files) =>
        new(JsonSerializer.Serialize(new CdrCheckpoint([.. files.OrderBy(f => f.Name, StringComparer.Ordinal)]), Json));

    /// <summary>
    /// Where each file of <paramref name="probes"/> was left, keyed by its current name. A file is the one of the same name
    /// and first line; failing that, the one of another name with the same first line, which is how a file rotated away
    /// (Master.csv renamed, or copied and truncated, to Master.csv.1) keeps its place. Files seen for the first time are absent.
    /// </summary>
    public Dictionary<string, CdrFileState> Match(IReadOnlyList<FileProbe> probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var matched = new Dictionary<string, CdrFileState>(StringComparer.Ordinal);
        var unused = new List<CdrFileState>(Files);
        foreach (var probe in probes)
        {
            var same = unused.FindIndex(s => s.Name == probe.File.Name && s.Head == probe.Head);
            if (same < 0) continue;
            matched[probe.File.Name] = unused[same];
            unused.RemoveAt(same);
        }

        // A second pass, so that a file still in its place (an account's own file repeats Master.csv's first line) keeps its own state.
        foreach (var probe in probes)
        {
            if (matched.ContainsKey(probe.File.Name)) continue;
            var moved = unused.FindIndex(s => s.Head == probe.Head);
            if (moved < 0) continue;
            matched[probe.File.Name] = unused[moved] with { Name = probe.File.Name };
            unused.RemoveAt(moved);
        }

        return matched;
    }
}
