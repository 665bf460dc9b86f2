using System.Text;
using Hub.Contracts;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// The host's rule for everything a connector yields: a record without its key or with an unusable field
/// (over-long, not valid UTF-8) goes to quarantine; an unusable optional field is emptied with a warning,
/// because dropping the record would lose the customer.
/// </summary>
public sealed class RecordValidator(int maxFieldLength = RecordValidator.DefaultMaxFieldLength)
{
    /// <summary>The longest text a field may hold unless configured otherwise.</summary>
    public const int DefaultMaxFieldLength = 2000;

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>Checks one record.</summary>
    public ValidationResult Validate(SourceRecord record)
    {
        if (record.IsDeleted)
            return string.IsNullOrWhiteSpace(record.RecordId) ? ValidationResult.Reject("a deleted record without an id") : ValidationResult.Accept(record);

        foreach (var (name, value) in RecordFields.KeyOf(record))
        {
            if (string.IsNullOrWhiteSpace(value)) return ValidationResult.Reject($"{name} is missing");
        }

        foreach (var (name, value) in RecordFields.TextOf(record))
        {
            if (value is null) continue;
            if (value.Length > maxFieldLength)
                return ValidationResult.Reject($"{name} is {value.Length} characters long; the limit is {maxFieldLength}");
            if (!IsCleanText(value))
                return ValidationResult.Reject($"{name} is not valid UTF-8 text (it holds undecodable bytes); save the source as UTF-8 and retry");
        }

        return record switch
        {
            CustomerRecord customer => ValidationResult.Accept(CleanOptionalFields(customer)),
            OrderRecord { Currency.Length: not 3 } order => ValidationResult.Reject($"currency '{order.Currency}' is not a three-letter ISO 4217 code"),
            _ => ValidationResult.Accept(record),
        };
    }

    private static CustomerRecord CleanOptionalFields(CustomerRecord customer)
    {
        // Runs for every customer of every batch: nothing is allocated unless there is something to say.
        List<string>? warnings = null;
        var cleaned = customer;
        if (customer.Email is { } email && !LooksLikeEmail(email))
        {
            (warnings ??= []).Add($"email '{email}' is not an e-mail address; left empty");
            cleaned = cleaned with { Email = null };
        }

        if (customer.BirthDate is { } birth && (birth < EarliestBirthDate || birth > DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            (warnings ??= []).Add($"birth_date {birth:yyyy-MM-dd} is not a plausible date of birth; left empty");
            cleaned = cleaned with { BirthDate = null };
        }

        return warnings is null ? customer : cleaned with { Warnings = [.. customer.Warnings, .. warnings] };
    }

    private static bool LooksLikeEmail(string email)
    {
        var trimmed = email.AsSpan().Trim();
        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at >= trimmed.Length - 1) return false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    // U+FFFD is what a UTF-8 decoder leaves for bytes it could not decode; a lone surrogate (which cannot be
    // stored as UTF-8) enumerates as U+FFFD too. Almost all text holds neither U+FFFD nor any surrogate, which two
    // vectorised searches confirm; only text with surrogates is walked rune by rune to tell pairs from lone ones.
    private static bool IsCleanText(string value)
    {
        var text = value.AsSpan();
        if (text.Contains('\uFFFD')) return false;
        if (!text.ContainsAnyInRange('\uD800', '\uDFFF')) return true;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar) return false;
        }

        return true;
    }
}
