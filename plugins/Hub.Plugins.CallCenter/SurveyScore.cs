using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Finds a post-call survey score in a CDR's <c>userfield</c>, where IVR surveys write it with <c>Set(CDR(userfield)=csat=4)</c>
/// or similar: <c>csat=4</c>, <c>CSAT:4</c>, <c>score=4</c>, possibly among other <c>key=value</c> pairs.
/// </summary>
internal static partial class SurveyScore
{
    private const decimal Lowest = 1;
    private const decimal Highest = 5;

    [GeneratedRegex(@"\b(?:csat|score)\s*[=:]\s*-?\d+(?:\.\d+)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // Separators left behind at the ends once the score is cut out of "csat=4;lang=en".
    private static readonly char[] Separators = [' ', ';', ',', '|', '&'];

    public static UserField Read(string userfield)
    {
        if (userfield.Length == 0) return UserField.Empty;
        // EnumerateMatches allocates nothing, which matters on a line read hundreds of thousands of times a second.
        var found = Pattern().EnumerateMatches(userfield);
        if (!found.MoveNext()) return new UserField(null, userfield, null);
        var match = found.Current;
        var token = userfield.AsSpan(match.Index, match.Length);

        // The pattern ends with the value, right after the last '=' or ':'.
        var text = token[(token.LastIndexOfAny('=', ':') + 1)..].Trim();
        var value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (value is < Lowest or > Highest)
        {
            return new UserField(null, userfield, $"survey score '{token}' in userfield is outside the 1-5 scale; score left empty");
        }

        var before = userfield.AsSpan(0, match.Index).TrimEnd(Separators);
        var after = userfield.AsSpan(match.Index + match.Length).TrimStart(Separators);
        // The separator that came before the score joins what was on either side of it.
        var rest = before.IsEmpty ? after.ToString()
            : after.IsEmpty ? before.ToString()
            : string.Concat(before, userfield.AsSpan(before.Length, 1), after);
        return new UserField(value, rest.Length == 0 ? null : rest, null);
    }
}
