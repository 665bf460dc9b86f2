namespace Hub.Linkage.Tests;

/// <summary>
/// A person's name: as written natively (王建华, or Peter Kowalski) and in Latin letters (Jianhua Wang). For a Western
/// name both are the same.
/// </summary>
internal sealed record HardCaseName(string Given, string Family, string GivenLatin, string FamilyLatin, bool Chinese)
{
    /// <summary>Family name first and unspaced for Chinese (王建华), "Given Family" otherwise.</summary>
    public string Full => Chinese ? Family + Given : $"{Given} {Family}";

    /// <summary>Given name first in Latin letters: "Jianhua Wang".</summary>
    public string Latin => $"{GivenLatin} {FamilyLatin}";

    /// <summary>
    /// The name's letters in either order, lower-case, so that 王伟 and 王玮 (both Wang Wei), or "Li Na" and "Na Li",
    /// count as one name when the generator keeps chance namesakes out of the cases that are not about them.
    /// </summary>
    public string Key
    {
        get
        {
            string given = GivenLatin.ToLowerInvariant(), family = FamilyLatin.ToLowerInvariant();
            return string.CompareOrdinal(given, family) <= 0 ? $"{given} {family}" : $"{family} {given}";
        }
    }
}
