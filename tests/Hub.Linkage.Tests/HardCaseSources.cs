using Hub.SampleData;

namespace Hub.Linkage.Tests;

/// <summary>The sources the hard cases are imported under: the same four channels as the project's sample data.</summary>
internal static class HardCaseSources
{
    /// <summary>Caller id and the name the caller gave; nothing else.</summary>
    public const string CallCenter = SampleSources.CallCenter;

    /// <summary>Full profiles: split name, e-mail, one phone, address, birth date.</summary>
    public const string Shop = SampleSources.Shop;

    /// <summary>App accounts: e-mail and the handset's number, usually a name.</summary>
    public const string Mobile = SampleSources.Mobile;

    /// <summary>Community members by login: name, public e-mail, city, company.</summary>
    public const string GitHub = SampleSources.GitHub;

    public static IReadOnlyList<string> All => SampleSources.All;
}
