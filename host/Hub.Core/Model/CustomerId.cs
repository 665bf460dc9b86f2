using System.Globalization;

namespace Hub.Core.Model;

/// <summary>
/// The one id a customer has everywhere: CLI, exports and GraphQL. Stored as a number, shown as <c>cus_N</c>
/// so that it is unique across every kind of node the API exposes.
/// </summary>
public static class CustomerId
{
    /// <summary>The prefix that marks a customer id.</summary>
    public const string Prefix = "cus_";

    /// <summary>The public form of a stored customer number.</summary>
    public static string Format(long number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a public customer id; false for anything else.</summary>
    public static bool TryParse(string? text, out long number)
    {
        number = 0;
        return text is not null
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
