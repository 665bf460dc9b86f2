using Bogus;

namespace Hub.SampleData;

/// <summary>
/// Names, streets and companies of one western locale, drawn from Bogus once per generator. Calling Bogus
/// per record costs microseconds each; picking from these pools by index keeps a million customers fast.
/// </summary>
internal sealed class LocalePool
{
    private const int NamesPerGender = 300;
    private const int FamilyNameCount = 500;
    private const int StreetCount = 300;
    private const int CompanyCount = 300;

    private static readonly string[] GermanTrades = ["Logistik", "Maschinenbau", "Elektronik", "Handel", "Software", "Bau", "Medien"];
    private static readonly string[] GermanForms = ["GmbH", "AG", "GmbH & Co. KG", "KG"];

    private LocalePool(string[] male, string[] female, string[] family, string[] streets, string[] companies)
    {
        MaleNames = male;
        FemaleNames = female;
        FamilyNames = family;
        StreetNames = streets;
        Companies = companies;
    }

    public string[] MaleNames { get; }
    public string[] FemaleNames { get; }
    public string[] FamilyNames { get; }
    public string[] StreetNames { get; }
    public string[] Companies { get; }

    public static LocalePool Build(string locale, int seed)
    {
        var faker = new Faker(locale) { Random = new Randomizer(seed) };
        var male = Distinct(NamesPerGender, () => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Male));
        var female = Distinct(NamesPerGender, () => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female));
        var family = Distinct(FamilyNameCount, () => faker.Name.LastName());
        var streets = Distinct(StreetCount, () => faker.Address.StreetName());
        // Bogus's German company names join surnames with the English "and"; a German firm reads better.
        var companies = locale == "de"
            ? Distinct(CompanyCount, () => $"{faker.Name.LastName()} {faker.PickRandom(GermanTrades)} {faker.PickRandom(GermanForms)}")
            : Distinct(CompanyCount, () => faker.Company.CompanyName());
        return new LocalePool(male, female, family, streets, companies);
    }

    // Bogus locales hold fewer distinct values than asked for; stop when new values stop coming.
    private static string[] Distinct(int count, Func<string> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(count);
        for (var attempts = 0; list.Count < count && attempts < count * 10; attempts++)
        {
            var value = next().Trim();
            if (value.Length > 0 && seen.Add(value)) list.Add(value);
        }
        return [.. list];
    }
}
