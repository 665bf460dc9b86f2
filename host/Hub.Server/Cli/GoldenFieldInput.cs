using Hub.Core;

namespace Hub.Server.Cli;

/// <summary>Reads the <c>field=value</c> pairs an operator types for <c>hub customer set</c>; the fields and values are checked by the override itself.</summary>
public static class GoldenFieldInput
{
    /// <summary><c>field=value</c> pairs, in order, split at the first <c>=</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Assignments(IEnumerable<string>? typed)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var pair in typed ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new UserFacingException($"'{pair}' is not field=value, e.g. email=ann@example.com");
            values.Add(KeyValuePair.Create(pair[..equals], pair[(equals + 1)..]));
        }

        if (values.Count == 0) throw new UserFacingException("say which fields to set, as field=value, e.g. email=ann@example.com");
        return values;
    }
}
