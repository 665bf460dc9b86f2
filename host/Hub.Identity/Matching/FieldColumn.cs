namespace Hub.Identity.Matching;

/// <summary>
/// One normalised field of every record, interned: equal values share an id, so exact agreement is an integer compare and
/// term frequencies are a lookup. Id 0 is "no value".
/// </summary>
internal sealed class FieldColumn
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string?> _values = [null];
    private readonly List<int> _counts = [0];

    public FieldColumn(int records) => Ids = new int[records];

    /// <summary>The value id of each record (0 when it has none). Replaced by a longer array when the column grows.</summary>
    public int[] Ids { get; private set; }

    /// <summary>Makes room for records up to (not including) this index; existing ids are kept.</summary>
    public void EnsureCapacity(int records)
    {
        if (records <= Ids.Length) return;
        var grown = new int[Math.Max(records, Ids.Length + Ids.Length / 4 + 1024)];
        Ids.CopyTo(grown, 0);
        Ids = grown;
    }

    /// <summary>The id of a value, or 0 when no record ever held it.</summary>
    public int IdOf(string? value) => value is not null && _ids.TryGetValue(value, out var id) ? id : 0;

    /// <summary>How many records have a value.</summary>
    public int NonNull { get; private set; }

    /// <summary>How many distinct values there are; their ids run from 1 to this.</summary>
    public int Distinct => _values.Count - 1;

    public string? Value(int record) => _values[Ids[record]];

    public string? ValueOf(int id) => _values[id];

    /// <summary>How many records hold this value (0 when none does). Safe to call from several threads once the column is filled.</summary>
    public int CountOf(string value) => _ids.TryGetValue(value, out var id) ? _counts[id] : 0;

    /// <summary>How many records hold the value with this id.</summary>
    public int Count(int id) => _counts[id];

    /// <summary>The share of records with a value that hold this one: how common agreeing on it is among strangers.</summary>
    public double Frequency(int id) => NonNull == 0 ? 1 : (double)_counts[id] / NonNull;

    /// <summary>Gives the record this value (or none), in place of any it had.</summary>
    public void Set(int record, string? value)
    {
        Clear(record);
        if (value is null) return;
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _ids[value] = id;
            _values.Add(value);
            _counts.Add(0);
        }

        Ids[record] = id;
        _counts[id]++;
        NonNull++;
    }

    /// <summary>Gives the record a value by id (one this column interned), in place of any it had.</summary>
    public void SetId(int record, int id)
    {
        Clear(record);
        if (id == 0) return;
        Ids[record] = id;
        _counts[id]++;
        NonNull++;
    }

    /// <summary>Forgets a record's value, e.g. an identifier the guardrails found shared by several people.</summary>
    public void Clear(int record)
    {
        var id = Ids[record];
        if (id == 0) return;
        _counts[id]--;
        NonNull--;
        Ids[record] = 0;
    }
}
