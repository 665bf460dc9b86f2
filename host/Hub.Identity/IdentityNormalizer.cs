using Hub.Identity.Normalization;
using PhoneNumbers;

namespace Hub.Identity;

/// <summary>
/// The forms in which e-mails and phones are compared and shown, so that <c>Ann@Example.com </c> and
/// <c>ann@example.com</c>, or <c>0086 138 0013 8000</c> and <c>+86 13800138000</c>, are the same value.
/// Placeholders (an e-mail without '@', a phone of a few digits) normalise to null so they never link records.
/// </summary>
public static class IdentityNormalizer
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Trimmed and lower-cased; null when blank or not an address (no '@', nothing on either side of it, a placeholder).</summary>
    /// <remarks>The shape rules live in <see cref="EmailRules.Normalize"/>; provider rules (Gmail dots, plus tags) are not applied here.</remarks>
    public static string? NormalizeEmail(string? email) => EmailRules.Normalize(email);

    /// <summary>
    /// The number in E.164 (<c>+8613800138000</c>), or null when it is blank, a placeholder or not a valid number.
    /// Numbers without a country code are read with the dialling rules of <paramref name="country"/> (an ISO alpha-2
    /// code or a common name such as <c>China</c> or <c>中国</c>), else of <paramref name="defaultRegion"/>.
    /// </summary>
    public static string? NormalizePhone(string? phone, string? country, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(defaultRegion);
        if (!LooksLikePhone(phone)) return null;
        var region = CountryRegions.RegionOf(country) ?? defaultRegion.Trim().ToUpperInvariant();
        var text = phone!.Trim();
        // "00" is the international prefix almost everywhere, but only the region's own prefix is understood by the parser.
        if (text.StartsWith("00", StringComparison.Ordinal)) text = "+" + text[2..];
        try
        {
            var number = Phones.Parse(text, region);
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Whether the text has enough digits, not all the same, to be a phone number at all.</summary>
    internal static bool LooksLikePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return false;
        var digits = 0;
        var first = '\0';
        var allSame = true;
        foreach (var c in phone)
        {
            if (!char.IsDigit(c)) continue;
            if (digits++ == 0) first = c;
            else if (c != first) allSame = false;
        }

        return digits >= 6 && !allSame;
    }
}
