using System.Collections.Frozen;

namespace Hub.Plugins.CallCenter;

/// <summary>The names of the CDR fields (as Asterisk's <c>CDR()</c> function and pushed JSON spell them) and the layouts cdr_csv writes.</summary>
internal static class CdrColumns
{
    public const int Count = (int)CdrColumn.Sequence + 1;

    private static readonly string[] Names =
    [
        "accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata", "start", "answer", "end",
        "duration", "billsec", "disposition", "amaflags", "uniqueid", "userfield", "peeraccount", "linkedid", "sequence",
    ];

    private static readonly FrozenDictionary<string, CdrColumn> ByName =
        Names.Select((name, index) => (name, index)).ToFrozenDictionary(p => p.name, p => (CdrColumn)p.index, StringComparer.OrdinalIgnoreCase);

    // cdr.conf's [csv] section decides the layout: loguniqueid and loguserfield each add a column (both are off in Asterisk's
    // code but on in its sample config), newcdrcolumns adds three. With only one of the first two on, 17 or 20 fields could
    // mean either, so those are refused rather than guessed.
    private static readonly int[] Base = [.. Enumerable.Range(0, 16)];
    private static readonly int[] Standard = [.. Enumerable.Range(0, 18)];
    private static readonly int[] BaseWithNewColumns = [.. Enumerable.Range(0, 16), 18, 19, 20];
    private static readonly int[] All = [.. Enumerable.Range(0, Count)];

    /// <summary>The standard layout, as listed in messages.</summary>
    public static string StandardNames { get; } = string.Join(",", Names.Take(18));

    public static string NameOf(CdrColumn column) => Names[(int)column];

    public static bool TryParse(string name, out CdrColumn column) => ByName.TryGetValue(name, out column);

    /// <summary>Which column each field of a line holds, by the line's field count; null when cdr_csv writes no such line.</summary>
    public static int[]? LayoutFor(int fieldCount) => fieldCount switch
    {
        16 => Base,
        18 => Standard,
        19 => BaseWithNewColumns,
        21 => All,
        _ => null,
    };

    /// <summary>Why a line of <paramref name="fieldCount"/> fields is not a CDR, in words that say what to change.</summary>
    public static string LayoutProblem(int fieldCount) => fieldCount switch
    {
        17 or 20 => $"line has {fieldCount} fields, which cdr_csv writes when only one of loguniqueid and loguserfield is on; " +
            "turn both on in the [csv] section of cdr.conf (the standard 18 fields are " + StandardNames + ")",
        _ => $"line has {fieldCount} field{(fieldCount == 1 ? "" : "s")}, but an Asterisk cdr_csv record has 18 ({StandardNames}), " +
            "16 without loguniqueid and loguserfield, or 21 with newcdrcolumns; the line was cut short or written by another tool",
    };
}
