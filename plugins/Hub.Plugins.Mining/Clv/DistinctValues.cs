namespace Hub.Plugins.Mining.Clv;

/// <summary>Numbers each distinct whole number in order of first sight, so per-value terms can be computed once and indexed.</summary>
internal sealed class DistinctValues
{
    private readonly Dictionary<int, int> _indexes = [];
    private readonly List<int> _values = [];

    public int Count => _values.Count;

    public int this[int index] => _values[index];

    /// <summary>The value's index, numbering it if it is new.</summary>
    public int IndexOf(int value)
    {
        if (_indexes.TryGetValue(value, out var index)) return index;
        _indexes[value] = _values.Count;
        _values.Add(value);
        return _values.Count - 1;
    }
}
