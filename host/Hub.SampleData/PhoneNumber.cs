namespace Hub.SampleData;

/// <summary>A phone number as the truth knows it, and the many ways people and switches write it.</summary>
/// <param name="CountryCode">Calling code without the plus, e.g. 86.</param>
/// <param name="National">National significant number, without trunk prefix.</param>
/// <param name="Groups">How locals group the national digits when they write them.</param>
/// <param name="TrunkZero">Whether national dialling adds a leading 0 (not for Chinese mobiles nor the US).</param>
internal sealed record PhoneNumber(string CountryCode, string National, int[] Groups, bool TrunkZero)
{
    public string E164 => "+" + CountryCode + National;

    private string Trunk => TrunkZero ? "0" : "";

    /// <summary>What a person types into a form: every format libphonenumber reads back to the same number.</summary>
    public string Typed(SampleRandom rng)
    {
        if (CountryCode == "1") return TypedInUs(rng);
        return rng.Next(9) switch
        {
            0 or 1 => Trunk + Grouped(" "),
            2 => Trunk + National,
            3 => Trunk + Grouped("-"),
            4 => "+" + CountryCode + " " + Grouped(" "),
            5 => E164,
            6 => "00" + CountryCode + " " + National,
            7 => TrunkZero ? "+" + CountryCode + " (0)" + Grouped(" ") : "+" + CountryCode + "-" + Grouped("-"),
            _ => CountryCode switch
            {
                "86" when TrunkZero => "(0" + National[..Groups[0]] + ") " + Grouped(" ", 1),
                "86" => "(+86) " + National,
                "49" => "0" + National[..Groups[0]] + "/" + National[Groups[0]..],
                _ => "0" + National,
            },
        };
    }

    /// <summary>What a call center's switch shows as caller id: digits only, international or national.</summary>
    public string CallerId(SampleRandom rng) => rng.Next(10) switch
    {
        < 5 => E164,
        // 00 is the international prefix in China and Europe; North America dials 011 and shows 1 + number.
        < 6 => CountryCode == "1" ? "1" + National : "00" + CountryCode + National,
        _ => Trunk + National,
    };

    private string TypedInUs(SampleRandom rng)
    {
        var area = National[..3];
        var exchange = National[3..6];
        var line = National[6..];
        return rng.Next(10) switch
        {
            < 4 => $"({area}) {exchange}-{line}",
            < 6 => $"{area}-{exchange}-{line}",
            6 => $"{area}.{exchange}.{line}",
            7 => $"+1 {area} {exchange} {line}",
            8 => $"1-{area}-{exchange}-{line}",
            _ => National,
        };
    }

    private string Grouped(string separator, int fromGroup = 0)
    {
        var parts = new List<string>(Groups.Length);
        var start = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            var length = g == Groups.Length - 1 ? National.Length - start : Groups[g];
            if (g >= fromGroup) parts.Add(National.Substring(start, length));
            start += length;
        }
        return string.Join(separator, parts);
    }
}
