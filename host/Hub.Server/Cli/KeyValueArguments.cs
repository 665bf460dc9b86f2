using Hub.Core;

namespace Hub.Server.Cli;

/// <summary>Parses <c>--set key=value</c> arguments.</summary>
public static class KeyValueArguments
{
    /// <summary>The pairs as a dictionary; a later key wins over an earlier one.</summary>
    public static Dictionary<string, string> Parse(IEnumerable<string>? pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw new UserFacingException($"'{pair}' is not key=value; write settings as --set key=value");
            values[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return values;
    }
}
