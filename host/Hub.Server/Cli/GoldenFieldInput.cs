using System.Globalization;
using Hub.Core;
using Hub.Core.Model;

namespace Hub.Server.Cli;

/// <summary>Reads and checks the golden fields and values an operator types for <c>hub customer set</c> and <c>clear</c>.</summary>
public static class GoldenFieldInput
{
    /// <summary>A field name as typed, made canonical; refused when it is not a golden field.</summary>
    public static string Field(string? typed)
    {
        var field = (typed ?? "").Trim().ToLowerInvariant();
        return GoldenFields.IsKnown(field)
            ? field
            : throw new UserFacingException($"'{typed}' is not a golden field; use one of {string.Join(", ", GoldenFields.All)}");
    }

    /// <summary>
    /// <c>field=value</c> pairs, in order, one per field (a later one for the same field wins). Values are checked where the
    /// field has a form: <c>birth_date</c> is <c>yyyy-MM-dd</c>, <c>email</c> has an <c>@</c>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Assignments(IEnumerable<string>? typed)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in typed ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new UserFacingException($"'{pair}' is not field=value, e.g. email=ann@example.com");
            var field = Field(pair[..equals]);
            values[field] = Value(field, pair[(equals + 1)..].Trim());
        }

        if (values.Count == 0) throw new UserFacingException("say which fields to set, as field=value, e.g. email=ann@example.com");
        return values.ToList();
    }

    private static string Value(string field, string value)
    {
        if (value.Length == 0)
            throw new UserFacingException($"{field} needs a value; to go back to what the records say, use 'hub customer clear CUSTOMER_ID {field}'");
        if (field == GoldenFields.BirthDate && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UserFacingException($"birth_date must be a date written yyyy-MM-dd, e.g. 1980-04-30, not '{value}'");
        if (field == GoldenFields.Email && (value.IndexOf('@', StringComparison.Ordinal) is <= 0 || value.EndsWith('@')))
            throw new UserFacingException($"email must be an address like ann@example.com, not '{value}'");
        return value;
    }
}
