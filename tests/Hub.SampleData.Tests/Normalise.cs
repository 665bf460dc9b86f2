using PhoneNumbers;

namespace Hub.SampleData.Tests;

/// <summary>The hub's first identity pass, as the brief defines it: e-mail trimmed and lower-cased, phone in E.164.</summary>
internal static class Normalise
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? Phone(string? phone, string? country) =>
        string.IsNullOrWhiteSpace(phone) ? null : Phones.Format(Parse(phone, country), PhoneNumberFormat.E164);

    public static bool IsValidPhone(string phone, string? country) => Phones.IsValidNumber(Parse(phone, country));

    private static PhoneNumber Parse(string phone, string? country) =>
        Phones.Parse(phone, string.IsNullOrEmpty(country) ? "ZZ" : country);
}
