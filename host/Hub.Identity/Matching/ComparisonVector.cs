namespace Hub.Identity.Matching;

/// <summary>
/// The comparison level of every field for one pair of records, four bits a field, plus whether the pair was compared
/// with given and family names swapped (romanised Chinese names come in either order). Stored with each link as its evidence.
/// </summary>
public readonly record struct ComparisonVector(ulong Packed)
{
    private const int SwappedBit = 63;

    /// <summary>The level of <paramref name="field"/>.</summary>
    public int Level(MatchField field) => (int)((Packed >> ((int)field * 4)) & 0xF);

    /// <summary>Whether given and family names agreed better crosswise.</summary>
    public bool NamesSwapped => (Packed >> SwappedBit & 1) == 1;

    /// <summary>The same vector with the levels only (what the model is estimated on).</summary>
    public ulong Levels => Packed & ~(1UL << SwappedBit);

    internal static ulong With(ulong packed, MatchField field, int level) => packed | ((ulong)level << ((int)field * 4));

    internal static ulong WithSwapped(ulong packed) => packed | (1UL << SwappedBit);
}
