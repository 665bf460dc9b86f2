namespace Hub.Linkage.Tests;

/// <summary>
/// One person whose sources spell one mailbox differently: Gmail ignores dots and everything after '+', and
/// googlemail.com is gmail.com (john.smith+shop@gmail.com, JohnSmith@googlemail.com); QQ addresses differ in case.
/// The records share no phone, so only the provider rules link them.
/// </summary>
internal static class EmailAliasCases
{
    private static readonly string[] Tags = ["shop", "app", "github", "news", "orders", "2024"];

    public static void Add(HardCaseBuilder b, int gmailPeople, int qqPeople)
    {
        for (var i = 1; i <= gmailPeople + qqPeople; i++)
        {
            var qq = i > gmailPeople;
            var city = qq || b.Chance(0.3) ? b.Pick(HardCaseCity.China) : b.Pick(HardCaseCity.UnitedStates);
            var person = b.NewPerson($"alias{i:000}", HardCase.EmailAlias);
            var name = b.NewName(city.Chinese, b.Chance(0.5));
            var (given, family) = (name.GivenLatin.ToLowerInvariant(), name.FamilyLatin.ToLowerInvariant());
            // The mailbox as its owner thinks of it, dots where the owner put them.
            var mailbox = qq
                ? b.NewMailbox(family + given + b.Rng.Next(1, 100))
                : b.NewMailbox(b.Pick([given + "." + family, given[0] + "." + family, family + "." + given, given + "." + family + "." + b.Rng.Next(70, 100)]));
            var spellings = qq ? QqSpellings(b, mailbox) : GmailSpellings(b, mailbox);
            var profile = b.NewProfile(person, city, "gmail.com", name) with { Email = spellings[0] };
            AddRecords(b, profile, spellings);
        }
    }

    /// <summary>Three different spellings of the Gmail mailbox; no two are the same text even ignoring case.</summary>
    private static string[] GmailSpellings(HardCaseBuilder b, string mailbox)
    {
        var undotted = mailbox.Replace(".", "", StringComparison.Ordinal);
        var tag = "+" + b.Pick(Tags);
        string[] all =
        [
            mailbox + tag + "@gmail.com",
            undotted + "@gmail.com",
            Capitalized(mailbox) + "@googlemail.com",
            undotted.ToUpperInvariant() + "@GMAIL.COM",
            Capitalized(undotted) + tag + "@googlemail.com",
            mailbox + "@gmail.com",
        ];
        var spellings = all.OrderBy(_ => b.Rng.Next()).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        return spellings;
    }

    /// <summary>QQ has no dot or tag rules; the same address arrives in different case.</summary>
    private static string[] QqSpellings(HardCaseBuilder b, string mailbox) =>
        new[] { mailbox + "@qq.com", mailbox.ToUpperInvariant() + "@QQ.COM", Capitalized(mailbox) + "@QQ.com" }.OrderBy(_ => b.Rng.Next()).ToArray();

    // Each record gets its own spelling and its own fields; shop and app records hold no common phone.
    private static void AddRecords(HardCaseBuilder b, HardCaseProfile p, string[] spellings)
    {
        var sources = b.Rng.Next(4) switch
        {
            0 => new[] { HardCaseSources.Shop, HardCaseSources.Mobile },
            1 => [HardCaseSources.Shop, HardCaseSources.GitHub],
            2 => [HardCaseSources.Mobile, HardCaseSources.GitHub],
            _ => [HardCaseSources.Shop, HardCaseSources.Mobile, HardCaseSources.GitHub],
        };
        for (var i = 0; i < sources.Length; i++)
        {
            var email = spellings[i];
            b.Add(sources[i] switch
            {
                HardCaseSources.Shop => HardCaseRecords.Shop(b, p, phone: null, email),
                HardCaseSources.Mobile => HardCaseRecords.Mobile(b, p, p.Mobile, email, p.Name.Full),
                _ => HardCaseRecords.GitHub(b, p, email, p.Name.Full),
            });
        }
    }

    private static string Capitalized(string mailbox) => char.ToUpperInvariant(mailbox[0]) + mailbox[1..];
}
