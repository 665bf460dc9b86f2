namespace Hub.Linkage.Tests;

/// <summary>
/// How each source writes a person down. Which fields a record has decides what can link it, so every case picks
/// its records from these four shapes and states what they share.
/// </summary>
internal static class HardCaseRecords
{
    private static readonly string[] Companies =
        ["Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys", "Woodgrove Bank", "Litware", "Adventure Works", "Proseware"];

    /// <summary>Caller id and the name the caller gave (as <paramref name="name"/>, else the native full name).</summary>
    public static HardCaseRow CallCenter(HardCaseBuilder b, HardCaseProfile p, HardCasePhone phone, string? name = null)
    {
        var (text, national) = phone.Write(b.Rng);
        return new HardCaseRow
        {
            Source = HardCaseSources.CallCenter, Person = p.Person, FullName = name ?? p.Name.Full, Phone = text,
            Country = national || b.Chance(0.5) ? p.City.CountryText(b.Rng) : null,
        };
    }

    /// <summary>A full shop profile; the name split into given and family unless <paramref name="fullName"/> is given.</summary>
    public static HardCaseRow Shop(HardCaseBuilder b, HardCaseProfile p, HardCasePhone? phone, string? email, string? fullName = null)
    {
        var text = phone?.Write(b.Rng).Text;
        return new HardCaseRow
        {
            Source = HardCaseSources.Shop, Person = p.Person, FullName = fullName,
            GivenName = fullName is null ? p.Name.Given : null, FamilyName = fullName is null ? p.Name.Family : null,
            Email = email, Phone = text, Street = HardCaseCity.Variant(p.Street, b.Rng), City = p.City.Name, Postcode = p.Postcode,
            Country = p.City.CountryText(b.Rng), BirthDate = p.BirthText,
        };
    }

    /// <summary>An app account: the handset's number, an e-mail if the user gave one, and a display name.</summary>
    public static HardCaseRow Mobile(HardCaseBuilder b, HardCaseProfile p, HardCasePhone phone, string? email, string? name)
    {
        var (text, national) = phone.Write(b.Rng);
        return new HardCaseRow
        {
            Source = HardCaseSources.Mobile, Person = p.Person, FullName = name, Email = email, Phone = text,
            Country = national || b.Chance(0.3) ? p.City.CountryText(b.Rng) : null,
        };
    }

    /// <summary>A GitHub profile: login, display name, public e-mail, the city in Latin letters, often an employer.</summary>
    public static HardCaseRow GitHub(HardCaseBuilder b, HardCaseProfile p, string email, string name) => new()
    {
        Source = HardCaseSources.GitHub, Person = p.Person, SourceId = b.NewLogin(p.Name), FullName = name, Email = email,
        City = p.City.LatinName, Company = b.Chance(0.6) ? b.Pick(Companies) : null,
    };

    /// <summary>An example-domain address for the cases where the provider does not matter.</summary>
    public static string ExampleDomain(HardCaseBuilder b) => b.Pick(["example.com", "example.net", "example.org", "mail.example.com"]);
}
