namespace Hub.Linkage.Tests;

/// <summary>
/// Namesakes: two or three different people with one very common full name (王伟, 李娜, John Smith, Maria Garcia)
/// in one city, each with their own e-mail, mobile, address and birth date, each in 1-3 sources. Name and city
/// agree exactly, so only the identifiers tell them apart.
/// </summary>
internal static class NamesakeCases
{
    public static void Add(HardCaseBuilder b, int chineseGroups, int westernGroups)
    {
        for (var g = 0; g < chineseGroups + westernGroups; g++)
        {
            var chinese = g < chineseGroups;
            var name = chinese ? ChineseName(g) : WesternName(g - chineseGroups);
            var city = b.Pick(chinese ? HardCaseCity.China : HardCaseCity.UnitedStates);
            var group = $"ns{g + 1:000}";
            var size = b.Chance(0.7) ? 2 : 3;
            var births = new HashSet<DateOnly>();
            for (var m = 1; m <= size; m++)
            {
                var person = b.NewPerson($"{group}.{m}", HardCase.Namesake, group);
                var profile = b.NewProfile(person, city, Domain(b, chinese), name);
                while (!births.Add(profile.BirthDate)) profile = profile with { BirthDate = b.NewBirthDate(1950, 2002) };
                AddRecords(b, profile);
            }
        }
    }

    // Groups go through the list in order, so every name is used before any repeats (in another city, most likely).
    private static HardCaseName ChineseName(int index)
    {
        var (given, family, givenLatin, familyLatin) = HardCaseNames.ChineseNamesakes[index % HardCaseNames.ChineseNamesakes.Length];
        return new HardCaseName(given, family, givenLatin, familyLatin, true);
    }

    private static HardCaseName WesternName(int index)
    {
        var (given, family) = HardCaseNames.WesternNamesakes[index % HardCaseNames.WesternNamesakes.Length];
        return new HardCaseName(given, family, given, family, false);
    }

    // Chinese namesakes mostly have QQ addresses, which differ only in a number: wangwei12@qq.com, wangwei7@qq.com.
    private static string Domain(HardCaseBuilder b, bool chinese) =>
        chinese ? (b.Chance(0.7) ? "qq.com" : "163.com") : HardCaseRecords.ExampleDomain(b);

    /// <summary>1-3 records, any two of which share the e-mail or the mobile.</summary>
    private static void AddRecords(HardCaseBuilder b, HardCaseProfile p)
    {
        bool callCenter, shop, mobile, github;
        do
        {
            var count = b.Rng.Next(10) switch { < 2 => 1, < 7 => 2, _ => 3 };
            var chosen = new HashSet<int>();
            while (chosen.Count < count) chosen.Add(b.Rng.Next(4));
            (callCenter, shop, mobile, github) = (chosen.Contains(0), chosen.Contains(1), chosen.Contains(2), chosen.Contains(3));
        }
        // The caller's number and a GitHub e-mail have nothing in common without a shop or app record between them.
        while (callCenter && github && !shop && !mobile);

        // The shop holds the mobile when the call center needs it to connect, else sometimes no phone at all.
        var shopPhone = callCenter && !mobile || b.Chance(0.7) ? p.Mobile : null;
        if (shop) b.Add(HardCaseRecords.Shop(b, p, shopPhone, p.Email));
        if (mobile) b.Add(HardCaseRecords.Mobile(b, p, p.Mobile, p.Email, p.Name.Full));
        if (callCenter) b.Add(HardCaseRecords.CallCenter(b, p, p.Mobile));
        if (github) b.Add(HardCaseRecords.GitHub(b, p, p.Email, p.Name.Chinese && b.Chance(0.5) ? p.Name.Latin : p.Name.Full));
    }
}
