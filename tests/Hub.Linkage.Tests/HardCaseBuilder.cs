using System.Globalization;

namespace Hub.Linkage.Tests;

/// <summary>
/// The state the hard-case generators share: one seeded random source, the people and records made so far, and
/// registries that keep names, mailboxes and phone numbers unique unless a case shares them on purpose. Without
/// those, chance namesakes or shared numbers would blur which answer is right.
/// </summary>
internal sealed class HardCaseBuilder
{
    private static readonly string[] ChineseMobilePrefixes =
        ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "186", "187", "188", "189"];

    private readonly List<HardCasePerson> _persons = [];
    private readonly List<HardCaseRow> _rows = [];
    private readonly HashSet<string> _personIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mailboxes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logins = new(StringComparer.OrdinalIgnoreCase);

    public HardCaseBuilder(int seed)
    {
        Rng = new Random(seed);
        // The namesakes' names are theirs alone: any other person called 王伟 or John Smith would be an unplanned namesake.
        foreach (var (given, family, givenLatin, familyLatin) in HardCaseNames.ChineseNamesakes)
            _names.Add(new HardCaseName(given, family, givenLatin, familyLatin, true).Key);
        foreach (var (given, family) in HardCaseNames.WesternNamesakes)
            _names.Add(new HardCaseName(given, family, given, family, false).Key);
    }

    public Random Rng { get; }

    public T Pick<T>(IReadOnlyList<T> values) => values[Rng.Next(values.Count)];

    public bool Chance(double probability) => Rng.NextDouble() < probability;

    public HardCasePerson NewPerson(string id, HardCase kind, string? group = null)
    {
        if (!_personIds.Add(id)) throw new InvalidOperationException($"person id {id} is used twice");
        var person = new HardCasePerson(id, kind, group);
        _persons.Add(person);
        return person;
    }

    /// <summary>Takes a name for one person; false when someone already has it (in either order or another script).</summary>
    public bool TryClaim(HardCaseName name) => _names.Add(name.Key);

    /// <summary>A fresh name nobody has yet, optionally with a given family name and passing <paramref name="accept"/>.</summary>
    public HardCaseName NewName(bool chinese, bool female, string? family = null, Func<HardCaseName, bool>? accept = null)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var name = chinese ? ChineseName(family) : WesternName(female, family);
            if ((accept is null || accept(name)) && TryClaim(name)) return name;
        }

        throw new InvalidOperationException($"no free name with family name {family}; the pools are too small");
    }

    /// <summary>
    /// A mailbox (the part before '@') nobody else has, compared as providers and the engine compare it: case, dots
    /// and +tags ignored, across all domains (the engine also blocks on the mailbox alone).
    /// </summary>
    public string NewMailbox(string wanted)
    {
        var mailbox = wanted;
        while (!_mailboxes.Add(MailboxKey(mailbox)))
            mailbox = wanted + Rng.Next(1, 100).ToString(CultureInfo.InvariantCulture);
        return mailbox;
    }

    /// <summary>A personal e-mail built from the name, at <paramref name="domain"/>.</summary>
    public string NewEmail(HardCaseName name, string domain)
    {
        string given = Ascii(name.GivenLatin), family = Ascii(name.FamilyLatin);
        var year = Rng.Next(60, 100).ToString(CultureInfo.InvariantCulture);
        string[] shapes = name.Chinese
            ? [family + given, family + "." + given, given + family + year, family + given + Rng.Next(1, 1000).ToString(CultureInfo.InvariantCulture)]
            : [given + "." + family, given[0] + family, given + family + year, family + "." + given, given + "_" + family];
        return NewMailbox(Pick(shapes)) + "@" + domain;
    }

    /// <summary>Takes a particular number (the brief's own examples); false when someone already has it.</summary>
    public bool TryClaim(HardCasePhone phone) => _numbers.Add(phone.E164);

    public HardCasePhone NewMobile(HardCaseCity city) => city.Chinese
        ? Claim(() => new HardCasePhone("86", "", Pick(ChineseMobilePrefixes) + Digits(8)))
        : NewUsNumber(city);

    public HardCasePhone NewLandline(HardCaseCity city) => city.Chinese
        // Local fixed-line numbers in these cities have eight digits; 5 and 6 are common first digits.
        ? Claim(() => new HardCasePhone("86", city.AreaCodes[0], Rng.Next(5, 7).ToString(CultureInfo.InvariantCulture) + Digits(7)))
        : NewUsNumber(city);

    /// <summary>A GitHub login for the name, unique ignoring case as GitHub's are.</summary>
    public string NewLogin(HardCaseName name)
    {
        string given = Ascii(name.GivenLatin), family = Ascii(name.FamilyLatin);
        string[] shapes = [given + "-" + family, given[0] + family, family + given, given + family + "-dev"];
        var login = Pick(shapes);
        while (!_logins.Add(login)) login = Pick(shapes) + Rng.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
        return login;
    }

    public DateOnly NewBirthDate(int fromYear, int toYear) => new DateOnly(fromYear, 1, 1).AddDays(Rng.Next((toYear - fromYear + 1) * 365));

    /// <summary>A whole person in <paramref name="city"/>: a fresh name unless one is given, an adult's birth date, home, mobile, e-mail.</summary>
    public HardCaseProfile NewProfile(HardCasePerson person, HardCaseCity city, string emailDomain, HardCaseName? name = null)
    {
        name ??= NewName(city.Chinese, Chance(0.5));
        var (street, postcode) = city.NewAddress(Rng);
        return new HardCaseProfile(person, name, NewBirthDate(1950, 2002), city, street, postcode, NewMobile(city), NewEmail(name, emailDomain));
    }

    public void Add(HardCaseRow row) => _rows.Add(row);

    /// <summary>
    /// The finished set: each source's records shuffled and numbered as that source numbers them (GitHub rows keep
    /// their login), so neither file order nor ids tell which records belong together.
    /// </summary>
    public HardCaseSet Build()
    {
        var rows = new List<HardCaseRow>();
        foreach (var source in _rows.GroupBy(r => r.Source))
        {
            var shuffled = source.ToArray();
            Rng.Shuffle(shuffled);
            var appIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < shuffled.Length; i++)
            {
                var row = shuffled[i];
                var id = row.SourceId.Length > 0 ? row.SourceId : source.Key switch
                {
                    HardCaseSources.CallCenter => string.Create(CultureInfo.InvariantCulture, $"CC{100001 + i}"),
                    HardCaseSources.Shop => string.Create(CultureInfo.InvariantCulture, $"{300000 + (i * 3) + Rng.Next(3)}"),
                    HardCaseSources.Mobile => NewAppId(appIds),
                    _ => throw new InvalidOperationException($"a {source.Key} record needs its id when it is made"),
                };
                rows.Add(row with { SourceId = id });
            }
        }

        return new HardCaseSet(_persons, rows);
    }

    private string NewAppId(HashSet<string> taken)
    {
        string id;
        do id = "app-" + Rng.Next().ToString("x8", CultureInfo.InvariantCulture);
        while (!taken.Add(id));
        return id;
    }

    private HardCaseName ChineseName(string? family)
    {
        var (familyHan, familyPinyin) = family is null
            ? Pick(HardCaseNames.ChineseFamilies)
            : HardCaseNames.ChineseFamilies.First(f => f.Han == family);
        var first = Pick(HardCaseNames.ChineseGivenCharacters);
        // About a quarter of given names are one character (王伟), the rest two (王建华).
        if (Chance(0.25)) return new HardCaseName(first.Han, familyHan, Capitalize(first.Pinyin), familyPinyin, true);
        var second = Pick(HardCaseNames.ChineseGivenCharacters);
        if (second.Han == first.Han) second = Pick(HardCaseNames.ChineseGivenCharacters);
        return new HardCaseName(first.Han + second.Han, familyHan, Capitalize(first.Pinyin + second.Pinyin), familyPinyin, true);
    }

    private HardCaseName WesternName(bool female, string? family)
    {
        var given = Pick(female ? HardCaseNames.WesternFemale : HardCaseNames.WesternMale);
        family ??= Pick(HardCaseNames.WesternFamilies);
        return new HardCaseName(given, family, given, family, false);
    }

    private HardCasePhone NewUsNumber(HardCaseCity city) =>
        // 555-0100 to 555-0199 is set aside for fiction in every US area code; libphonenumber still calls it valid.
        Claim(() => new HardCasePhone("1", Pick(city.AreaCodes), "55501" + Rng.Next(100).ToString("D2", CultureInfo.InvariantCulture)));

    private HardCasePhone Claim(Func<HardCasePhone> next)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var phone = next();
            if (_numbers.Add(phone.E164)) return phone;
        }

        throw new InvalidOperationException("the phone number range is used up");
    }

    private string Digits(int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++) digits[i] = (char)('0' + Rng.Next(10));
        return new string(digits);
    }

    private static string MailboxKey(string mailbox)
    {
        var plus = mailbox.IndexOf('+', StringComparison.Ordinal);
        var bare = plus >= 0 ? mailbox[..plus] : mailbox;
        return bare.Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
    }

    private static string Ascii(string latin) => latin.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
