using PhoneNumbers;

namespace Hub.Identity;

/// <summary>Reads the country field people actually fill in (codes, English and Chinese names) as a phone region.</summary>
internal static class CountryRegions
{
    private static readonly HashSet<string> Supported = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    // Names and ISO alpha-3 codes of the countries the hub's sources mostly carry; alpha-2 codes need no entry.
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["China"] = "CN", ["PRC"] = "CN", ["P.R. China"] = "CN", ["People's Republic of China"] = "CN", ["Mainland China"] = "CN",
        ["CHN"] = "CN", ["中国"] = "CN", ["中华人民共和国"] = "CN", ["中国大陆"] = "CN",
        ["Hong Kong"] = "HK", ["HKG"] = "HK", ["香港"] = "HK", ["中国香港"] = "HK",
        ["Macau"] = "MO", ["Macao"] = "MO", ["MAC"] = "MO", ["澳门"] = "MO", ["中国澳门"] = "MO",
        ["Taiwan"] = "TW", ["TWN"] = "TW", ["台湾"] = "TW", ["中国台湾"] = "TW",
        ["United States"] = "US", ["United States of America"] = "US", ["USA"] = "US", ["U.S."] = "US", ["U.S.A."] = "US",
        ["America"] = "US", ["美国"] = "US",
        ["Canada"] = "CA", ["CAN"] = "CA", ["加拿大"] = "CA",
        ["Mexico"] = "MX", ["MEX"] = "MX", ["墨西哥"] = "MX",
        ["Brazil"] = "BR", ["BRA"] = "BR", ["巴西"] = "BR",
        ["United Kingdom"] = "GB", ["UK"] = "GB", ["GBR"] = "GB", ["Great Britain"] = "GB", ["England"] = "GB", ["Scotland"] = "GB",
        ["Wales"] = "GB", ["英国"] = "GB",
        ["Ireland"] = "IE", ["IRL"] = "IE", ["爱尔兰"] = "IE",
        ["Germany"] = "DE", ["Deutschland"] = "DE", ["DEU"] = "DE", ["德国"] = "DE",
        ["France"] = "FR", ["FRA"] = "FR", ["法国"] = "FR",
        ["Italy"] = "IT", ["Italia"] = "IT", ["ITA"] = "IT", ["意大利"] = "IT",
        ["Spain"] = "ES", ["España"] = "ES", ["ESP"] = "ES", ["西班牙"] = "ES",
        ["Netherlands"] = "NL", ["The Netherlands"] = "NL", ["Holland"] = "NL", ["NLD"] = "NL", ["荷兰"] = "NL",
        ["Switzerland"] = "CH", ["CHE"] = "CH", ["瑞士"] = "CH",
        ["Sweden"] = "SE", ["SWE"] = "SE", ["瑞典"] = "SE",
        ["Russia"] = "RU", ["Russian Federation"] = "RU", ["RUS"] = "RU", ["俄罗斯"] = "RU",
        ["Japan"] = "JP", ["JPN"] = "JP", ["日本"] = "JP",
        ["South Korea"] = "KR", ["Korea"] = "KR", ["Republic of Korea"] = "KR", ["KOR"] = "KR", ["韩国"] = "KR",
        ["Singapore"] = "SG", ["SGP"] = "SG", ["新加坡"] = "SG",
        ["Malaysia"] = "MY", ["MYS"] = "MY", ["马来西亚"] = "MY",
        ["Thailand"] = "TH", ["THA"] = "TH", ["泰国"] = "TH",
        ["Vietnam"] = "VN", ["Viet Nam"] = "VN", ["VNM"] = "VN", ["越南"] = "VN",
        ["Indonesia"] = "ID", ["IDN"] = "ID", ["印度尼西亚"] = "ID", ["印尼"] = "ID",
        ["Philippines"] = "PH", ["PHL"] = "PH", ["菲律宾"] = "PH",
        ["India"] = "IN", ["IND"] = "IN", ["印度"] = "IN",
        ["Australia"] = "AU", ["AUS"] = "AU", ["澳大利亚"] = "AU", ["澳洲"] = "AU",
        ["New Zealand"] = "NZ", ["NZL"] = "NZ", ["新西兰"] = "NZ",
        ["United Arab Emirates"] = "AE", ["UAE"] = "AE", ["ARE"] = "AE", ["阿联酋"] = "AE",
        ["Saudi Arabia"] = "SA", ["SAU"] = "SA", ["沙特阿拉伯"] = "SA",
        ["South Africa"] = "ZA", ["ZAF"] = "ZA", ["南非"] = "ZA",
    };

    /// <summary>The phone region of a country as written, or null when it is blank or not recognised.</summary>
    public static string? RegionOf(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        var text = country.Trim();
        if (text.Length == 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]))
        {
            var code = text.ToUpperInvariant();
            // "UK" is not ISO 3166 but is what people write for GB.
            if (code == "UK") return "GB";
            return Supported.Contains(code) ? code : null;
        }

        return ByName.TryGetValue(text, out var region) ? region : null;
    }

    public static bool IsSupported(string region) => Supported.Contains(region);
}
