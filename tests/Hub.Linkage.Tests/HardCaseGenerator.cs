namespace Hub.Linkage.Tests;

/// <summary>
/// A deterministic truth set of the cases identity resolution gets wrong: households, namesakes, e-mail aliases,
/// phone formats, names in two scripts or two orders, and typos; about 2,000 records of the four channels. The same
/// seed always gives the same files (System.Random with a seed is stable across runs and platforms).
/// </summary>
internal static class HardCaseGenerator
{
    public static HardCaseSet Generate(int seed)
    {
        var b = new HardCaseBuilder(seed);
        // Phone formats first, so the example numbers (138 0013 8000, 415 555 0100) are still free for them.
        PhoneFormatCases.Add(b, chinesePeople: 50, usPeople: 50);
        HouseholdCases.Add(b, households: 110);
        NamesakeCases.Add(b, chineseGroups: 40, westernGroups: 30);
        EmailAliasCases.Add(b, gmailPeople: 70, qqPeople: 30);
        ScriptCases.Add(b, chinesePeople: 60, westernPeople: 40);
        TypoCases.Add(b, chinesePeople: 40, westernPeople: 40);
        return b.Build();
    }
}
