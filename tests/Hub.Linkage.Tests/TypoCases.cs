namespace Hub.Linkage.Tests;

/// <summary>
/// One person whose name has a slip on one record: one letter substituted, dropped or doubled (Jonathan Haris), or
/// for a Chinese name one character typed as its homophone (王建华 → 王健华). The records share the e-mail or the mobile.
/// </summary>
internal static class TypoCases
{
    // Letters a finger reaches instead on a QWERTY keyboard.
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['a'] = "sq", ['b'] = "vn", ['c'] = "xv", ['d'] = "sf", ['e'] = "wr", ['f'] = "dg", ['g'] = "fh", ['h'] = "gj",
        ['i'] = "uo", ['j'] = "hk", ['k'] = "jl", ['l'] = "k", ['m'] = "n", ['n'] = "bm", ['o'] = "ip", ['p'] = "o",
        ['q'] = "w", ['r'] = "et", ['s'] = "ad", ['t'] = "ry", ['u'] = "yi", ['v'] = "cb", ['w'] = "qe", ['x'] = "zc",
        ['y'] = "tu", ['z'] = "x",
    };

    public static void Add(HardCaseBuilder b, int chinesePeople, int westernPeople)
    {
        for (var i = 1; i <= chinesePeople + westernPeople; i++)
        {
            var chinese = i <= chinesePeople;
            var person = b.NewPerson($"typo{i:000}", HardCase.Typo);
            var city = b.Pick(chinese ? HardCaseCity.China : HardCaseCity.UnitedStates);
            var name = b.NewName(chinese, b.Chance(0.5), accept: n => !n.Chinese || n.Given.Any(c => HardCaseNames.Homophones.ContainsKey(c.ToString())));
            var profile = b.NewProfile(person, city, HardCaseRecords.ExampleDomain(b), name);
            var slip = chinese ? Homophone(b, name) : Misspelt(b, name);
            AddRecords(b, profile, slip);
        }
    }

    private static string Homophone(HardCaseBuilder b, HardCaseName name)
    {
        var positions = Enumerable.Range(0, name.Given.Length).Where(i => HardCaseNames.Homophones.ContainsKey(name.Given[i].ToString())).ToArray();
        var at = b.Pick(positions);
        var given = name.Given[..at] + HardCaseNames.Homophones[name.Given[at].ToString()] + name.Given[(at + 1)..];
        return name.Family + given;
    }

    /// <summary>The name with one letter of the given or family name changed; a name someone else has is not used.</summary>
    private static string Misspelt(HardCaseBuilder b, HardCaseName name)
    {
        while (true)
        {
            var inGiven = b.Chance(0.5);
            var part = inGiven ? name.Given : name.Family;
            // The first letter stays: people rarely get it wrong, and it is what a reader checks first.
            var at = b.Rng.Next(1, part.Length);
            var letter = char.ToLowerInvariant(part[at]);
            var slipped = b.Rng.Next(3) switch
            {
                0 when Neighbours.TryGetValue(letter, out var near) => part[..at] + near[b.Rng.Next(near.Length)] + part[(at + 1)..],
                1 when part.Length > 4 => part[..at] + part[(at + 1)..],
                _ => part[..at] + part[at] + part[at..],
            };
            var typo = inGiven ? name with { Given = slipped, GivenLatin = slipped } : name with { Family = slipped, FamilyLatin = slipped };
            if (b.TryClaim(typo)) return typo.Full;
        }
    }

    /// <summary>Two or three records: the slip on one, the right name on the others, all tied by one identifier.</summary>
    private static void AddRecords(HardCaseBuilder b, HardCaseProfile p, string slip)
    {
        var rows = b.Rng.Next(4) switch
        {
            // By the mobile: the caller's name was misheard or mistyped.
            0 => new List<HardCaseRow> { HardCaseRecords.CallCenter(b, p, p.Mobile), HardCaseRecords.Shop(b, p, p.Mobile, p.Email, p.Name.Full) },
            1 => [HardCaseRecords.Mobile(b, p, p.Mobile, email: null, p.Name.Full), HardCaseRecords.Shop(b, p, p.Mobile, p.Email, p.Name.Full)],
            // By the e-mail.
            2 => [HardCaseRecords.Mobile(b, p, p.Mobile, p.Email, p.Name.Full), HardCaseRecords.Shop(b, p, phone: null, p.Email, p.Name.Full)],
            _ => [HardCaseRecords.CallCenter(b, p, p.Mobile), HardCaseRecords.Shop(b, p, p.Mobile, p.Email, p.Name.Full),
                HardCaseRecords.Mobile(b, p, p.Mobile, p.Email, p.Name.Full)],
        };
        var slipAt = b.Rng.Next(rows.Count);
        for (var i = 0; i < rows.Count; i++) b.Add(i == slipAt ? rows[i] with { FullName = slip } : rows[i]);
    }
}
