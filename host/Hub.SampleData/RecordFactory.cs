using System.Globalization;
using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>Writes a customer down the way each channel does: what it captures, and how.</summary>
internal sealed class RecordFactory(ulong seed, long tokenRange)
{
    private const double TypoRate = 0.05;

    public SampleCustomerRow Render(PersonProfile person, PlannedRecord plan, SampleRandom rng)
    {
        var row = plan.Source switch
        {
            SampleSources.CallCenter => CallCenter(person, rng),
            SampleSources.Shop => plan.GuestAccount ? ShopGuest(person, rng) : Shop(person, rng),
            SampleSources.Mobile => Mobile(person, rng),
            _ => GitHub(person, rng),
        };
        return row with
        {
            SourceId = SourceId(person, plan),
            Email = plan.Shown.HasFlag(Identifiers.Email) ? Emails.Typed(person.Email, rng) : null,
            Phone = !plan.Shown.HasFlag(Identifiers.Phone) ? null
                : plan.Source == SampleSources.CallCenter ? person.Phone.CallerId(rng) : person.Phone.Typed(rng),
            ExternalId = plan.Shown.HasFlag(Identifiers.ExternalId) ? person.ExternalId : null,
        };
    }

    private string SourceId(PersonProfile person, PlannedRecord plan) => plan.Source switch
    {
        SampleSources.CallCenter => "C" + UniqueNumbers.Of(Purpose.CallCenterId, person.Index, 100_000_000, seed).ToString("D8", CultureInfo.InvariantCulture),
        SampleSources.Shop => (10_000_000 + UniqueNumbers.Of(Purpose.ShopId, 2L * person.Index + (plan.GuestAccount ? 1 : 0), 90_000_000, seed))
            .ToString(CultureInfo.InvariantCulture),
        SampleSources.Mobile => "u_" + UniqueNumbers.Of(Purpose.AppUserId, person.Index, 1L << 32, seed).ToString("x8", CultureInfo.InvariantCulture),
        _ => person.LoginBase + UniqueNumbers.Of(Purpose.LoginToken, person.Index, tokenRange, seed).ToString(CultureInfo.InvariantCulture),
    };

    private static SampleCustomerRow CallCenter(PersonProfile person, SampleRandom rng)
    {
        string? name;
        if (person.Kind != CustomerKind.Person) name = rng.Chance(0.8) ? person.FullName : null;
        else if (person.IsChinese)
        {
            var u = rng.NextDouble();
            // Agents often note only the family name and a courtesy title.
            name = u < 0.6 ? MaybeTypo(person.FullName, rng) : u < 0.85 ? person.FamilyName + (person.Female ? "女士" : "先生") : null;
        }
        else
        {
            var u = rng.NextDouble();
            // Caller-id names (CNAM) are upper case, family name first, cut at 15 characters.
            name = u < 0.45 ? Cut($"{person.FamilyName} {person.GivenName}".ToUpperInvariant(), 15)
                : u < 0.8 ? MaybeTypo(person.FullName, rng) : null;
        }
        return Row(person, SampleSources.CallCenter) with { FullName = name, Country = person.Country };
    }

    private static SampleCustomerRow Shop(PersonProfile person, SampleRandom rng)
    {
        var firm = person.Kind != CustomerKind.Person;
        return Row(person, SampleSources.Shop) with
        {
            FullName = MaybeTypo(person.FullName, rng),
            GivenName = person.GivenName,
            FamilyName = person.FamilyName,
            Street = person.Street,
            City = person.City.Name,
            Postcode = person.Postcode,
            Country = person.Country,
            BirthDate = person.BirthDate is { } born && rng.Chance(0.6) ? born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Company = firm || rng.Chance(0.5) ? person.Company : null,
        };
    }

    private static SampleCustomerRow ShopGuest(PersonProfile person, SampleRandom rng) => Row(person, SampleSources.Shop) with
    {
        FullName = MaybeTypo(person.FullName, rng),
        City = person.City.Name,
        Country = person.Country,
    };

    private static SampleCustomerRow Mobile(PersonProfile person, SampleRandom rng) => Row(person, SampleSources.Mobile) with
    {
        FullName = rng.Chance(0.5) ? person.FullName : null,
        City = rng.Chance(0.5) ? person.City.Name : null,
        Country = person.Country,
        BirthDate = person.BirthDate is { } born && rng.Chance(0.3) ? born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
    };

    private static SampleCustomerRow GitHub(PersonProfile person, SampleRandom rng)
    {
        string? name;
        if (person.Kind != CustomerKind.Person) name = person.FullName;
        else
        {
            var u = rng.NextDouble();
            // Chinese developers mostly write their names in pinyin, in either order.
            name = !person.IsChinese ? (u < 0.8 ? person.FullName : null)
                : u < 0.45 ? $"{person.GivenLatin} {person.FamilyLatin}"
                : u < 0.65 ? $"{person.FamilyLatin} {person.GivenLatin}"
                : u < 0.85 ? person.FullName : null;
        }
        return Row(person, SampleSources.GitHub) with
        {
            FullName = name,
            Company = person.Company is { } company && rng.Chance(0.7) ? company : null,
            City = rng.Chance(0.6) ? (person.IsChinese && rng.Chance(0.3) ? person.City.Name : person.City.EnglishName) : null,
        };
    }

    private static SampleCustomerRow Row(PersonProfile person, string source) =>
        new() { Source = source, SourceId = "", Person = person.Index, Kind = KindNames.Of(person.Kind) };

    private static string MaybeTypo(string name, SampleRandom rng) => rng.Chance(TypoRate) ? Typos.InName(name, rng) : name;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();
}
