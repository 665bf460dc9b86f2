using System.Globalization;
using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>Makes up who a customer is: kind-appropriate names, address, and identifiers unique to them.</summary>
internal sealed class PersonFactory
{
    private static readonly string[] PartnerTrades = ["Distribution", "Wholesale", "Trading", "Supply"];
    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const string RegistryCheckCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private readonly ulong seed;
    private readonly long tokenRange;
    private readonly DateOnly today;
    private readonly LocalePool english;
    private readonly LocalePool german;

    public PersonFactory(ulong seed, long tokenRange, DateOnly today, LocalePool english, LocalePool german)
    {
        this.seed = seed;
        this.tokenRange = tokenRange;
        this.today = today;
        this.english = english;
        this.german = german;
    }

    public PersonProfile Create(int index, CustomerKind kind, SampleRandom rng)
    {
        var country = PickCountry(kind, rng);
        var city = rng.PickSkewed(Cities.Of(country));
        return kind == CustomerKind.Person ? Person(index, city, rng) : Firm(index, kind, city, rng);
    }

    private static string PickCountry(CustomerKind kind, SampleRandom rng)
    {
        var u = rng.NextDouble();
        var (china, us, uk) = kind switch
        {
            CustomerKind.ChannelPartner => (0.70, 0.85, 0.93),
            CustomerKind.Organization => (0.45, 0.75, 0.88),
            _ => (0.50, 0.76, 0.90),
        };
        return u < china ? "CN" : u < us ? "US" : u < uk ? "GB" : "DE";
    }

    private PersonProfile Person(int index, City city, SampleRandom rng)
    {
        var female = rng.Chance(0.5);
        string given, family, givenLatin, familyLatin, fullName, email, loginBase;
        var token = UniqueNumbers.Of(Purpose.EmailToken, index, tokenRange, seed);
        if (city.Country == "CN")
        {
            var surname = rng.PickSkewed(ChineseNames.Surnames);
            var pool = female ? ChineseNames.FemaleGiven : ChineseNames.MaleGiven;
            var first = rng.Pick(pool);
            var second = rng.Chance(0.65) ? rng.Pick(pool) : (Hanzi: "", Pinyin: "");
            (given, family) = (first.Hanzi + second.Hanzi, surname.Hanzi);
            var givenPinyin = first.Pinyin + second.Pinyin;
            (givenLatin, familyLatin) = (Capitalised(givenPinyin), Capitalised(surname.Pinyin));
            fullName = family + given;
            // Nine-digit QQ numbers, as most accounts of adults have.
            var qq = 100_000_000 + UniqueNumbers.Of(Purpose.QqNumber, index, 900_000_000, seed);
            email = Emails.ForChinese(surname.Pinyin, givenPinyin, token, qq, rng);
            loginBase = Login(givenPinyin, surname.Pinyin, rng);
        }
        else
        {
            var pool = city.Country == "DE" ? german : english;
            given = rng.Pick(female ? pool.FemaleNames : pool.MaleNames);
            family = rng.Pick(pool.FamilyNames);
            (givenLatin, familyLatin) = (given, family);
            fullName = given + " " + family;
            email = Emails.ForWestern(city.Country, given, family, token, rng);
            loginBase = Login(Ascii.Slug(given), Ascii.Slug(family), rng);
        }

        return new PersonProfile
        {
            Index = index,
            Kind = CustomerKind.Person,
            City = city,
            Female = female,
            FullName = fullName,
            GivenName = given,
            FamilyName = family,
            GivenLatin = givenLatin,
            FamilyLatin = familyLatin,
            Company = rng.Chance(0.3) ? Employer(city, rng) : null,
            Email = email,
            Phone = Phones.Mobile(city, index, seed, rng),
            ExternalId = rng.Chance(0.45) ? "M" + Digits(UniqueNumbers.Of(Purpose.MemberId, index, 1_000_000_000, seed), 9) : null,
            Street = Street(city, rng),
            Postcode = Postcode(city, rng),
            BirthDate = rng.Chance(0.85) ? new DateOnly(today.Year - rng.Next(18, 80), 1, 1).AddDays(rng.Next(365)) : null,
            Currency = Currency(city.Country),
            LoginBase = loginBase,
        };
    }

    private PersonProfile Firm(int index, CustomerKind kind, City city, SampleRandom rng)
    {
        string name, slug;
        if (city.Country == "CN")
        {
            var brand = rng.Pick(ChineseWords.Brands);
            var trade = kind == CustomerKind.ChannelPartner ? rng.Pick(ChineseWords.PartnerTrades) : rng.Pick(ChineseWords.Industries);
            (name, slug) = (city.Name + brand.Hanzi + trade + "有限公司", brand.Pinyin);
        }
        else
        {
            var pool = city.Country == "DE" ? german : english;
            name = kind == CustomerKind.ChannelPartner
                ? $"{rng.Pick(pool.FamilyNames)} {rng.Pick(PartnerTrades)} {city.Country switch { "DE" => "GmbH", "GB" => "Ltd", _ => "LLC" }}"
                : rng.Pick(pool.Companies);
            slug = Ascii.FirstWordSlug(name);
        }

        return new PersonProfile
        {
            Index = index,
            Kind = kind,
            City = city,
            FullName = name,
            Company = name,
            Email = Emails.ForCompany(city.Country, slug, UniqueNumbers.Of(Purpose.EmailToken, index, tokenRange, seed), rng),
            Phone = Phones.Landline(city, index, seed, rng),
            ExternalId = kind == CustomerKind.ChannelPartner ? PartnerCode(index) : RegistryNumber(index, city, rng),
            Street = Street(city, rng),
            Postcode = Postcode(city, rng),
            Currency = Currency(city.Country),
            LoginBase = slug,
        };
    }

    private string Employer(City city, SampleRandom rng) => city.Country switch
    {
        "CN" => city.Name + rng.Pick(ChineseWords.Brands).Hanzi + rng.Pick(ChineseWords.Industries) + "有限公司",
        "DE" => rng.Pick(german.Companies),
        _ => rng.Pick(english.Companies),
    };

    private string PartnerCode(int index) => "CP" + Digits(UniqueNumbers.Of(Purpose.PartnerCode, index, 10_000_000, seed), 7);

    // Chinese firms carry an 18-character unified social credit code (type, region, serial, check); western ones a
    // D-U-N-S number. The check character here is drawn, not computed: nothing in the hub verifies it.
    private string RegistryNumber(int index, City city, SampleRandom rng)
    {
        var serial = UniqueNumbers.Of(Purpose.RegistryId, index, 900_000_000, seed) + 100_000_000;
        return city.Country == "CN"
            ? "91" + city.RegionCode + serial.ToString(CultureInfo.InvariantCulture) + RegistryCheckCharacters[rng.Next(RegistryCheckCharacters.Length)]
            : serial.ToString(CultureInfo.InvariantCulture);
    }

    private string Street(City city, SampleRandom rng)
    {
        var number = rng.Next(1, 2000).ToString(CultureInfo.InvariantCulture);
        return city.Country switch
        {
            "CN" => rng.Pick(ChineseWords.Roads) + number + "号" + (rng.Chance(0.4) ? $"{rng.Next(1, 20)}栋{rng.Next(1, 30)}0{rng.Next(1, 5)}室" : ""),
            "DE" => rng.Pick(german.StreetNames) + " " + rng.Next(1, 200).ToString(CultureInfo.InvariantCulture),
            _ => number + " " + rng.Pick(english.StreetNames),
        };
    }

    private static string Postcode(City city, SampleRandom rng)
    {
        var prefix = rng.Pick(city.PostcodePrefixes);
        return city.Country switch
        {
            "GB" => $"{prefix} {rng.Next(1, 10)}{PostcodeLetters[rng.Next(PostcodeLetters.Length)]}{PostcodeLetters[rng.Next(PostcodeLetters.Length)]}",
            "CN" => prefix + rng.Digits(6 - prefix.Length),
            _ => prefix + rng.Digits(5 - prefix.Length),
        };
    }

    private static string Login(string given, string family, SampleRandom rng) => rng.Next(4) switch
    {
        0 => given + family,
        1 => given + "-" + family,
        2 => given[0] + family,
        _ => family + given[0],
    };

    private static string Currency(string country) => country switch { "CN" => "CNY", "GB" => "GBP", "DE" => "EUR", _ => "USD" };

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Digits(long value, int width) =>
        value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
