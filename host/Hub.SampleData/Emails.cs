using System.Globalization;

namespace Hub.SampleData;

/// <summary>
/// E-mail addresses. Every address carries the person's unique token, so two persons can never share one
/// however their names collide; <see cref="Typed"/> adds the case and spacing slips the hub must normalise away.
/// </summary>
internal static class Emails
{
    private static readonly string[] ChineseDomains = ["163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "139.com"];
    private static readonly string[] UsDomains = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com"];
    private static readonly string[] BritishDomains = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"];
    private static readonly string[] GermanDomains = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"];
    private static readonly string[] Departments = ["sales", "purchasing", "info", "orders", "accounts", "procurement"];

    public static string ForChinese(string familyPinyin, string givenPinyin, long token, long qqNumber, SampleRandom rng)
    {
        var t = token.ToString(CultureInfo.InvariantCulture);
        return rng.Next(6) switch
        {
            // A QQ mailbox is named after the QQ account number.
            0 or 1 => qqNumber.ToString(CultureInfo.InvariantCulture) + "@qq.com",
            2 => $"{familyPinyin}{givenPinyin}{t}@{rng.Pick(ChineseDomains)}",
            3 => $"{givenPinyin}.{familyPinyin}{t}@{rng.Pick(ChineseDomains)}",
            4 => $"{familyPinyin}_{givenPinyin}{t}@{rng.Pick(ChineseDomains)}",
            _ => $"{givenPinyin[0]}{familyPinyin}{t}@{rng.Pick(ChineseDomains)}",
        };
    }

    public static string ForWestern(string country, string givenName, string familyName, long token, SampleRandom rng)
    {
        var given = Ascii.Slug(givenName);
        var family = Ascii.Slug(familyName);
        var t = token.ToString(CultureInfo.InvariantCulture);
        var domain = rng.Pick(country switch { "GB" => BritishDomains, "DE" => GermanDomains, _ => UsDomains });
        return rng.Next(5) switch
        {
            0 or 1 => $"{given}.{family}{t}@{domain}",
            2 => $"{given[0]}{family}{t}@{domain}",
            3 => $"{given}_{family}{t}@{domain}",
            _ => $"{given}{t}@{domain}",
        };
    }

    public static string ForCompany(string country, string nameSlug, long token, SampleRandom rng)
    {
        var tld = country switch { "CN" => rng.Chance(0.6) ? "com.cn" : "cn", "GB" => "co.uk", "DE" => "de", _ => "com" };
        return $"{rng.Pick(Departments)}@{nameSlug}{token.ToString(CultureInfo.InvariantCulture)}.{tld}";
    }

    /// <summary>The address as someone typed it: other case, stray spaces. Trim + lower-case gives it back.</summary>
    public static string Typed(string email, SampleRandom rng)
    {
        var at = email.IndexOf('@');
        return rng.Next(20) switch
        {
            < 12 => email,
            < 14 => char.ToUpperInvariant(email[0]) + email[1..],
            < 15 => email.ToUpperInvariant(),
            < 17 => rng.Chance(0.5) ? " " + email : email + " ",
            < 19 => email[..(at + 1)] + char.ToUpperInvariant(email[at + 1]) + email[(at + 2)..],
            _ => email[..(at + 1)] + email[(at + 1)..].ToUpperInvariant(),
        };
    }
}
