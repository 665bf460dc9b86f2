using System.Globalization;
using Hub.Core;
using Hub.Core.Model;

namespace Hub.Pipeline.Identity;

/// <summary>Checks the golden fields and values an operator gives for an override, wherever they typed them.</summary>
public static class GoldenFieldValues
{
    /// <summary>A field name made canonical (trimmed, lower case); refused when it is not a golden field.</summary>
    /// <exception cref="UserFacingException">when it is not one of <see cref="GoldenFields.All"/>.</exception>
    public static string Field(string? typed)
    {
        var field = (typed ?? "").Trim().ToLowerInvariant();
        return GoldenFields.IsKnown(field)
            ? field
            : throw new UserFacingException($"'{typed}' is not a golden field; use one of {string.Join(", ", GoldenFields.All)}");
    }

    /// <summary>
    /// The value, trimmed, checked where the field has a form: <c>birth_date</c> is <c>yyyy-MM-dd</c>, <c>email</c> has
    /// an <c>@</c>. An empty value is refused: withdrawing an override is a clear, not a set to nothing.
    /// </summary>
    /// <exception cref="UserFacingException">when the value is empty or not of the field's form.</exception>
    public static string Value(string field, string? typed)
    {
        var value = (typed ?? "").Trim();
        if (value.Length == 0)
            throw new UserFacingException($"{field} needs a value; to go back to what the records say, clear the override of {field} instead");
        if (field == GoldenFields.BirthDate && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UserFacingException($"birth_date must be a date written yyyy-MM-dd, e.g. 1980-04-30, not '{value}'");
        if (field == GoldenFields.Email && (value.IndexOf('@', StringComparison.Ordinal) is <= 0 || value.EndsWith('@')))
            throw new UserFacingException($"email must be an address like ann@example.com, not '{value}'");
        return value;
    }
}
