using System.Globalization;

namespace Hub.SampleData;

/// <summary>
/// Issues phone numbers in ranges libphonenumber accepts as valid. The subscriber part comes from the person's
/// index through <see cref="UniqueNumbers"/>, so no two persons ever share a number.
/// </summary>
internal static class Phones
{
    private static readonly string[] ChineseMobilePrefixes =
    [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
        "158", "159", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198", "199",
    ];

    // 07700 and 07911 hold reserved or unassigned blocks that libphonenumber rejects.
    private static readonly string[] BritishMobilePrefixes =
    [
        "740", "741", "742", "743", "745", "746", "747", "748", "749", "750", "751", "752", "753", "754", "756",
        "757", "758", "759", "771", "772", "773", "774", "775", "776", "777", "778", "779", "780", "781", "782",
        "783", "784", "785", "786", "787", "788", "789", "790", "792", "793", "794", "795", "796", "797", "798",
    ];

    private static readonly string[] GermanMobilePrefixes =
        ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"];

    // Businesses across the UK use these non-geographic numbers; they keep 7 free digits everywhere.
    private static readonly string[] BritishBusinessPrefixes = ["330", "333", "345"];

    public static PhoneNumber Mobile(City city, int index, ulong seed, SampleRandom rng) => city.Country switch
    {
        "CN" => new("86", rng.Pick(ChineseMobilePrefixes) + Tail(index, 8, seed), [3, 4, 4], false),
        "US" => UsNumber(city, index, seed),
        "GB" => new("44", rng.Pick(BritishMobilePrefixes) + Tail(index, 7, seed), [4, 6], true),
        "DE" => new("49", rng.Pick(GermanMobilePrefixes) + Tail(index, 8, seed), [3, 8], true),
        _ => throw new ArgumentOutOfRangeException(nameof(city), city.Country, "no mobile numbers for this country"),
    };

    public static PhoneNumber Landline(City city, int index, ulong seed, SampleRandom rng) => city.Country switch
    {
        // Chinese local numbers starting 8 or 9 are not fixed lines in the big cities.
        "CN" => new("86", city.AreaCode + (20_000_000 + Scatter(index, 60_000_000, seed)).ToString(CultureInfo.InvariantCulture),
            [city.AreaCode.Length, 4, 4], true),
        "US" => UsNumber(city, index, seed),
        "GB" when city.AreaCode == "20" => new("44", "20" + "378"[rng.Next(3)] + Tail(index, 7, seed), [2, 4, 4], true),
        "GB" => new("44", rng.Pick(BritishBusinessPrefixes) + Tail(index, 7, seed), [3, 3, 4], true),
        "DE" => new("49", city.AreaCode + Local(index, city.AreaCode.Length == 2 ? 8 : 7, seed), [city.AreaCode.Length, 8], true),
        _ => throw new ArgumentOutOfRangeException(nameof(city), city.Country, "no landlines for this country"),
    };

    private static PhoneNumber UsNumber(City city, int index, ulong seed) =>
        new("1", city.AreaCode + Local(index, 7, seed), [3, 3, 4], false);

    /// <summary>A local number of <paramref name="digits"/> digits starting 2-9, as most numbering plans need.</summary>
    private static string Local(int index, int digits, ulong seed)
    {
        var low = 2 * Pow10(digits - 1);
        return (low + Scatter(index, 8 * Pow10(digits - 1), seed)).ToString(CultureInfo.InvariantCulture);
    }

    private static string Tail(int index, int digits, ulong seed) =>
        Scatter(index, Pow10(digits), seed).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static long Scatter(int index, long range, ulong seed) => UniqueNumbers.Of(Purpose.Phone, index, range, seed);

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++) value *= 10;
        return value;
    }
}
