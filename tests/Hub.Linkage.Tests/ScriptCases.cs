namespace Hub.Linkage.Tests;

/// <summary>
/// One person whose name is written differently per source. Chinese: 王建华 in the shop, "Jianhua Wang" or "WANG
/// Jianhua" in the app or on GitHub, tied by the same mobile or e-mail. Western: "KOWALSKI, Peter" at the call center,
/// "Mr. Peter Kowalski" in the shop. An engine that compares names as written sees different names.
/// </summary>
internal static class ScriptCases
{
    public static void Add(HardCaseBuilder b, int chinesePeople, int westernPeople)
    {
        for (var i = 1; i <= chinesePeople + westernPeople; i++)
        {
            var chinese = i <= chinesePeople;
            var person = b.NewPerson($"script{i:000}", HardCase.Script);
            var female = b.Chance(0.5);
            var city = b.Pick(chinese ? HardCaseCity.China : HardCaseCity.UnitedStates);
            var name = b.NewName(chinese, female);
            var profile = b.NewProfile(person, city, HardCaseRecords.ExampleDomain(b), name);
            if (chinese) AddChinese(b, profile);
            else AddWestern(b, profile, female);
        }
    }

    /// <summary>
    /// The shop has the characters, the mobile and the e-mail; the app has a Latin name and the mobile only, GitHub a
    /// Latin name and the e-mail only. Half the people have an app record, whose only link is the number and the name.
    /// </summary>
    private static void AddChinese(HardCaseBuilder b, HardCaseProfile p)
    {
        var (mobile, github) = b.Rng.Next(5) switch { < 2 => (true, false), 2 => (false, true), _ => (true, true) };
        b.Add(HardCaseRecords.Shop(b, p, p.Mobile, p.Email, b.Chance(0.5) ? p.Name.Full : null));
        if (mobile) b.Add(HardCaseRecords.Mobile(b, p, p.Mobile, email: null, LatinForm(b, p.Name)));
        if (github) b.Add(HardCaseRecords.GitHub(b, p, p.Email, LatinForm(b, p.Name)));
        if (b.Chance(0.3)) b.Add(HardCaseRecords.CallCenter(b, p, p.Mobile));
    }

    // How Chinese names appear in Latin letters: given name first, or family name first in capitals (passport style).
    private static string LatinForm(HardCaseBuilder b, HardCaseName name) => b.Rng.Next(3) switch
    {
        0 => $"{name.GivenLatin} {name.FamilyLatin}",
        1 => $"{name.FamilyLatin.ToUpperInvariant()} {name.GivenLatin}",
        _ => $"{name.FamilyLatin} {name.GivenLatin}",
    };

    /// <summary>
    /// 2-3 records, each with another form of the name: "KOWALSKI, Peter", "Mr. Peter Kowalski", "Kowalski, Peter".
    /// The call center and app records share the mobile with the shop; GitHub shares the e-mail.
    /// </summary>
    private static void AddWestern(HardCaseBuilder b, HardCaseProfile p, bool female)
    {
        var title = female ? b.Pick(["Ms.", "Mrs.", "Ms", "Dr."]) : b.Pick(["Mr.", "Mr", "Dr."]);
        var forms = new[]
        {
            $"{p.Name.Family.ToUpperInvariant()}, {p.Name.Given}",
            $"{title} {p.Name.Given} {p.Name.Family}",
            $"{p.Name.Family}, {p.Name.Given}",
        };
        var sources = b.Rng.Next(5) switch
        {
            0 => new[] { HardCaseSources.CallCenter, HardCaseSources.Shop },
            1 => [HardCaseSources.CallCenter, HardCaseSources.Mobile],
            2 => [HardCaseSources.Shop, HardCaseSources.Mobile, HardCaseSources.CallCenter],
            3 => [HardCaseSources.GitHub, HardCaseSources.Shop],
            _ => [HardCaseSources.CallCenter, HardCaseSources.Shop, HardCaseSources.GitHub],
        };
        for (var i = 0; i < sources.Length; i++)
        {
            b.Add(sources[i] switch
            {
                HardCaseSources.CallCenter => HardCaseRecords.CallCenter(b, p, p.Mobile, forms[i]),
                HardCaseSources.Shop => HardCaseRecords.Shop(b, p, p.Mobile, p.Email, forms[i]),
                HardCaseSources.Mobile => HardCaseRecords.Mobile(b, p, p.Mobile, email: null, forms[i]),
                _ => HardCaseRecords.GitHub(b, p, p.Email, forms[i]),
            });
        }
    }
}
