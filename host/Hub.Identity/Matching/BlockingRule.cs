namespace Hub.Identity.Matching;

/// <summary>
/// Records that share a blocking key are compared; no other pairs are. A key is one or two interned columns; a record
/// missing any of them has no key under the rule.
/// </summary>
/// <param name="Name">How reports name it, e.g. <c>postcode + family name sound</c>.</param>
/// <param name="First">The first column.</param>
/// <param name="Second">The second column, if the key has two.</param>
internal sealed record BlockingRule(string Name, Func<PreparedRecords, FieldColumn> First, Func<PreparedRecords, FieldColumn>? Second = null)
{
    /// <summary>
    /// The defaults, chosen so that a true pair with a typo or a gap in any one or two fields still shares some key:
    /// identifiers alone, the whole name, birth date, and place combined with how a name sounds. (City with family name
    /// was tried and dropped: at a million records it doubled the pairs to compare and found no true pair the others missed;
    /// so was an exact name with the other name's sound: a third more pairs for +0.007 F1 on Splink's fake_1000.)
    /// </summary>
    public static IReadOnlyList<BlockingRule> Defaults { get; } =
    [
        new("e-mail", r => r.Email),
        new("phone", r => r.Phone),
        new("external id", r => r.ExternalId),
        new("mailbox name", r => r.EmailLocal),
        new("name in either order", r => r.NameKey),
        new("birth date", r => r.BirthDate),
        new("postcode + family name sound", r => r.Postcode, r => r.FamilySound),
        new("postcode + given name sound", r => r.Postcode, r => r.GivenSound),
        new("street + city", r => r.Street, r => r.City),
    ];

    /// <summary>The record's key under this rule, or 0 when it lacks a column.</summary>
    public static ulong Key(FieldColumn first, FieldColumn? second, int record)
    {
        var a = (uint)first.Ids[record];
        if (a == 0) return 0;
        if (second is null) return a;
        var b = (uint)second.Ids[record];
        return b == 0 ? 0 : ((ulong)a << 32) | b;
    }
}
