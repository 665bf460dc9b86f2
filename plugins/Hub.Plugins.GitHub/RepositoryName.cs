namespace Hub.Plugins.GitHub;

/// <summary>One configured repository, <c>owner/name</c>.</summary>
internal sealed record RepositoryName(string Owner, string Name)
{
    /// <summary>GitHub treats names case-insensitively, so the checkpoint does too.</summary>
    public string Key => FullName.ToLowerInvariant();

    public string FullName => $"{Owner}/{Name}";

    public static bool TryParse(string value, out RepositoryName repository)
    {
        var text = value.Trim().Trim('/');
        // People paste web addresses as often as owner/name.
        foreach (var prefix in new[] { "https://github.com/", "http://github.com/", "github.com/" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text[prefix.Length..];
        }

        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) text = text[..^4];
        var parts = text.Split('/');
        repository = new RepositoryName(parts[0], parts.Length > 1 ? parts[1] : "");
        return parts.Length == 2 && parts.All(IsNamePart);
    }

    public override string ToString() => FullName;

    private static bool IsNamePart(string part) =>
        part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
