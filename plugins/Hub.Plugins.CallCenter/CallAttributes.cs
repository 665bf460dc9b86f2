using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// A call's fields that have no canonical place, as its record's attributes: each non-empty CDR field under its CDR
/// name, the userfield without the survey score, and the queue. A read-only view over the call's own fields: filling a
/// dictionary for every line cost more than reading the line.
/// </summary>
internal sealed class CallAttributes : IReadOnlyDictionary<string, string>
{
    private static readonly CdrColumn[] Columns =
    [
        CdrColumn.AccountCode, CdrColumn.Src, CdrColumn.Dst, CdrColumn.DContext, CdrColumn.Clid, CdrColumn.Channel, CdrColumn.DstChannel,
        CdrColumn.LastApp, CdrColumn.LastData, CdrColumn.Answer, CdrColumn.End, CdrColumn.Duration, CdrColumn.AmaFlags,
        CdrColumn.PeerAccount, CdrColumn.LinkedId, CdrColumn.Sequence,
    ];

    private static readonly int UserFieldSlot = Columns.Length;
    private static readonly int QueueSlot = Columns.Length + 1;

    private static readonly string[] Names = [.. Columns.Select(CdrColumns.NameOf), "userfield", "queue"];

    private static readonly FrozenDictionary<string, int> SlotOf =
        Names.Select((name, slot) => (name, slot)).ToFrozenDictionary(p => p.name, p => p.slot, StringComparer.Ordinal);

    private readonly string[] _values;
    private readonly string? _userField;
    private readonly string? _queue;

    /// <param name="values">The call's fields by <see cref="CdrColumn"/>; kept, so not to be changed afterwards.</param>
    /// <param name="userField">The userfield without the survey score, if anything is left of it.</param>
    /// <param name="queue">The queue the call went to, if any.</param>
    public CallAttributes(string[] values, string? userField, string? queue)
    {
        _values = values;
        _userField = userField;
        _queue = queue;
    }

    public int Count => Slots().Count();

    public IEnumerable<string> Keys => Slots().Select(slot => Names[slot]);

    public IEnumerable<string> Values => Slots().Select(slot => ValueAt(slot)!);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"the call has no attribute '{key}'");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = SlotOf.TryGetValue(key, out var slot) ? ValueAt(slot) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var slot in Slots()) yield return new KeyValuePair<string, string>(Names[slot], ValueAt(slot)!);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<int> Slots()
    {
        for (var slot = 0; slot < Names.Length; slot++)
        {
            if (ValueAt(slot) is not null) yield return slot;
        }
    }

    private string? ValueAt(int slot)
    {
        if (slot == UserFieldSlot) return _userField;
        if (slot == QueueSlot) return _queue;
        var value = _values[(int)Columns[slot]];
        return value.Length == 0 ? null : value;
    }
}
