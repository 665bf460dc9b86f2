using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

/// <summary>
/// The shared-identifier guardrail (<see cref="SharedIdentifiers"/>) across resolutions: each record's identifiers as
/// written, and which values were found shared. When records change, only the values they held or now hold are counted
/// again; a value that becomes shared (or stops being) changes the comparisons of every record holding it.
/// </summary>
internal sealed class SharedIdentifierState
{
    private readonly int _maxPeople;
    private readonly int[][] _raw;
    private readonly HashSet<int>[] _cleared;

    private SharedIdentifierState(int maxPeople, int[][] raw, HashSet<int>[] cleared, IReadOnlyList<SharedIdentifier> found)
    {
        _maxPeople = maxPeople;
        _raw = raw;
        _cleared = cleared;
        Found = found;
    }

    /// <summary>What the full resolution found shared.</summary>
    public IReadOnlyList<SharedIdentifier> Found { get; }

    private static FieldColumn[] Columns(PreparedRecords records) => [records.Email, records.Phone, records.ExternalId];

    /// <summary>Clears shared identifiers in every record; with <paramref name="keep"/>, remembers what it needs for later changes.</summary>
    public static SharedIdentifierState Apply(PreparedRecords records, int maxPeople, bool keep)
    {
        var columns = Columns(records);
        var raw = keep ? columns.Select(c => c.Ids[..records.Count]).ToArray() : [];
        var found = SharedIdentifiers.Clear(records, maxPeople);
        var cleared = columns.Select((column, c) => keep
                ? found.Where(s => s.Field == FieldName(c)).Select(s => column.IdOf(s.Value)).ToHashSet()
                : [])
            .ToArray();
        return new SharedIdentifierState(maxPeople, raw, cleared, found);
    }

    private static string FieldName(int column) => column switch { 0 => "email", 1 => "phone", _ => "external_id" };

    /// <summary>The identifiers of the moved records as written, before they move: to be handed back to <see cref="Update"/>.</summary>
    public int[][] Before(IReadOnlyList<int> moved) =>
        _raw.Select(raw => moved.Select(slot => slot < raw.Length ? raw[slot] : 0).ToArray()).ToArray();

    /// <summary>
    /// After the moved records (new, changed or deleted) took their new values, counts again every identifier they held or
    /// hold, clears the shared ones in the records holding them, and adds to <paramref name="dirty"/> every record whose
    /// identifiers now compare differently although the record itself did not change.
    /// </summary>
    public void Update(PreparedRecords records, IReadOnlyList<int> moved, int[][] before, Func<int, long> rowOf, ISet<int> dirty)
    {
        var columns = Columns(records);
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            if (_raw[c].Length < records.Count) Array.Resize(ref _raw[c], Math.Max(records.Count, _raw[c].Length + _raw[c].Length / 4 + 1024));
            var raw = _raw[c];
            var touched = new HashSet<int>();
            for (var k = 0; k < moved.Count; k++)
            {
                if (before[c][k] != 0) touched.Add(before[c][k]);
                // The column holds the value as written until the guardrail below clears it.
                raw[moved[k]] = column.Ids[moved[k]];
                if (raw[moved[k]] != 0) touched.Add(raw[moved[k]]);
            }

            if (touched.Count == 0) continue;
            var holders = touched.ToDictionary(id => id, _ => new List<int>());
            for (var slot = 0; slot < records.Count; slot++)
            {
                if (raw[slot] != 0 && holders.TryGetValue(raw[slot], out var list)) list.Add(slot);
            }

            foreach (var (id, list) in holders)
            {
                list.Sort((x, y) => rowOf(x).CompareTo(rowOf(y)));
                var shared = list.Count >= 2 && SharedIdentifiers.DistinctPeople(records, list, _maxPeople) > _maxPeople;
                if (shared ? _cleared[c].Add(id) : _cleared[c].Remove(id))
                {
                    foreach (var holder in list) dirty.Add(holder);
                }

                var effective = shared ? 0 : id;
                foreach (var holder in list)
                {
                    if (column.Ids[holder] != effective) column.SetId(holder, effective);
                }
            }
        }
    }
}
