using System.Text;
using GraphQL;

namespace Hub.Api.Graph;

/// <summary>
/// Personal data as a key may see it: unmasked for a key created with <c>--pii</c>, masked for any other. Resolvers of
/// every field that carries personal data go through here, so the rule lives in one place.
/// </summary>
public static class PersonalData
{
    /// <summary>The customer fields that hold personal data; a key without the pii scope may not filter on them either.</summary>
    public static IReadOnlySet<string> Fields { get; } =
        new HashSet<string>(["email", "emails", "phone", "phones", "street", "postcode", "birthDate"], StringComparer.Ordinal);

    private const string Hidden = "***";

    // Country calling codes of one or two digits (ITU-T E.164 assignments); every other code has three.
    private static readonly HashSet<string> ShortCountryCodes =
    [
        "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86",
        "90", "91", "92", "93", "94", "95", "98",
    ];

    /// <summary>Whether the caller's key may read personal data unmasked. No key at all means no.</summary>
    public static bool IsVisible(IResolveFieldContext context) => context?.UserContext is HubUserContext { ApiKey.Pii: true };

    /// <summary>The e-mail address, masked unless the key has the pii scope.</summary>
    public static string? Email(IResolveFieldContext context, string? value) => IsVisible(context) ? value : MaskEmail(value);

    /// <summary>The phone number, masked unless the key has the pii scope.</summary>
    public static string? Phone(IResolveFieldContext context, string? value) => IsVisible(context) ? value : MaskPhone(value);

    /// <summary>The street address, masked unless the key has the pii scope.</summary>
    public static string? Street(IResolveFieldContext context, string? value) => IsVisible(context) ? value : MaskStreet(value);

    /// <summary>The postcode, masked unless the key has the pii scope.</summary>
    public static string? Postcode(IResolveFieldContext context, string? value) => IsVisible(context) ? value : MaskPostcode(value);

    /// <summary>Free text (a note, a call summary), which may say anything about the customer: hidden whole unless the key has the pii scope.</summary>
    public static string? FreeText(IResolveFieldContext context, string? value) => IsVisible(context) ? value : MaskStreet(value);

    /// <summary>The birth date; null unless the key has the pii scope (a Date cannot carry a mask).</summary>
    public static DateOnly? BirthDate(IResolveFieldContext context, DateOnly? value) => IsVisible(context) ? value : null;

    /// <summary>Every e-mail address, each masked unless the key has the pii scope.</summary>
    public static IReadOnlyList<string> Emails(IResolveFieldContext context, IReadOnlyList<string> values) =>
        IsVisible(context) ? values : [.. values.Select(v => MaskEmail(v)!)];

    /// <summary>Every phone number, each masked unless the key has the pii scope.</summary>
    public static IReadOnlyList<string> Phones(IResolveFieldContext context, IReadOnlyList<string> values) =>
        IsVisible(context) ? values : [.. values.Select(v => MaskPhone(v)!)];

    /// <summary>A name to show, which falls back to the e-mail address when a customer has no name: that fallback is masked.</summary>
    public static string? DisplayName(IResolveFieldContext context, string? value) =>
        IsVisible(context) || !LooksLikeEmail(value) ? value : MaskEmail(value);

    /// <summary>
    /// A source field with no canonical place. Its name or shape decides: e-mail-, phone-, address-, postcode- and
    /// birth-like attributes are masked like the canonical fields; anything that looks like an e-mail address is too.
    /// </summary>
    public static string Attribute(IResolveFieldContext context, string name, string value) =>
        IsVisible(context) ? value : MaskAttribute(name, value);

    /// <summary>
    /// Refuses a filter (or ordering) on a personal field by a key without the pii scope: masking the answer is not
    /// enough when the filter itself would reveal the value. Fields other than <see cref="Fields"/> pass.
    /// </summary>
    /// <exception cref="ExecutionError">With code <c>FORBIDDEN</c>, naming the field.</exception>
    public static void EnsureMayFilterOn(IResolveFieldContext context, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Fields.Contains(field) || IsVisible(context)) return;
        var key = (context?.UserContext as HubUserContext)?.ApiKey;
        throw ApiErrors.Refused(
            $"Filtering on '{field}' needs a key with the pii scope, and this key{(key is null ? "" : $" ({key.Id})")} lacks it: " +
            "drop the condition on personal data, or use a key created with 'hub apikey create --role ... --pii'.");
    }

    /// <summary><c>jane@example.com</c> becomes <c>j***@example.com</c>; text without an @ is hidden whole.</summary>
    public static string? MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email)) return email;
        var at = email.LastIndexOf('@');
        if (at < 0) return Hidden;
        return at == 0 ? Hidden + email[at..] : email[..1] + Hidden + email[at..];
    }

    /// <summary>
    /// Every digit but the last four hidden; an international number keeps its + and country code:
    /// <c>+8613912348000</c> becomes <c>+86*******8000</c>. Separators are dropped, so their places reveal nothing.
    /// </summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return phone;
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.Length <= 4) return new string('*', Math.Max(digits.Length, 3));
        var code = phone.TrimStart().StartsWith('+') ? CountryCode(digits) : "";
        // A number too short to keep both its country code and four digits keeps only the four.
        if (digits.Length - code.Length <= 4) code = "";
        return new StringBuilder(digits.Length + 1)
            .Append(code.Length > 0 ? "+" + code : "")
            .Append('*', digits.Length - code.Length - 4)
            .Append(digits.AsSpan(digits.Length - 4))
            .ToString();
    }

    /// <summary>A street address is hidden whole.</summary>
    public static string? MaskStreet(string? street) => string.IsNullOrEmpty(street) ? street : Hidden;

    /// <summary><c>310012</c> becomes <c>3*****</c>: the first character (a broad region) stays.</summary>
    public static string? MaskPostcode(string? postcode)
    {
        if (string.IsNullOrEmpty(postcode)) return postcode;
        var trimmed = postcode.Trim();
        return trimmed.Length == 0 ? postcode : trimmed[..1] + new string('*', Math.Max(trimmed.Length - 1, 1));
    }

    private static string MaskAttribute(string name, string value)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("mail", StringComparison.Ordinal) || LooksLikeEmail(value)) return MaskEmail(value)!;
        if (n.Contains("phone", StringComparison.Ordinal) || n.Contains("mobile", StringComparison.Ordinal) || n is "tel" or "fax")
            return MaskPhone(value)!;
        if (n.Contains("postcode", StringComparison.Ordinal) || n.Contains("postal", StringComparison.Ordinal) || n.Contains("zip", StringComparison.Ordinal))
            return MaskPostcode(value)!;
        if (n.Contains("street", StringComparison.Ordinal) || n.Contains("address", StringComparison.Ordinal) ||
            n.Contains("birth", StringComparison.Ordinal) || n is "dob")
            return string.IsNullOrEmpty(value) ? value : Hidden;
        return value;
    }

    private static bool LooksLikeEmail(string? value) =>
        value is not null && value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);

    private static string CountryCode(string digits)
    {
        if (digits.Length >= 1 && ShortCountryCodes.Contains(digits[..1])) return digits[..1];
        if (digits.Length >= 2 && ShortCountryCodes.Contains(digits[..2])) return digits[..2];
        return digits[..Math.Min(3, digits.Length)];
    }
}
