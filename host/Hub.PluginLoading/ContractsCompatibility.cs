namespace Hub.PluginLoading;

/// <summary>
/// Semantic-version rule for plugins: the major version must match, and the plugin may not need a newer minor
/// than the hub provides. Below 1.0 every minor may break, so the minor must match exactly.
/// </summary>
public static class ContractsCompatibility
{
    /// <summary>Null when a plugin built for <paramref name="pluginVersion"/> runs on <paramref name="hostVersion"/>; else why not.</summary>
    public static string? Check(string pluginVersion, Version hostVersion)
    {
        if (!Version.TryParse(pluginVersion.Split('-', '+')[0], out var wanted))
            return $"contractsVersion '{pluginVersion}' is not a version number";

        var host = $"{hostVersion.Major}.{hostVersion.Minor}.{Math.Max(hostVersion.Build, 0)}";
        var compatible = wanted.Major == hostVersion.Major
            && (hostVersion.Major == 0 ? wanted.Minor == hostVersion.Minor : wanted.Minor <= hostVersion.Minor);
        return compatible
            ? null
            : $"built for Hub.Contracts {pluginVersion}, but this hub provides {host}; rebuild the plugin against Hub.Contracts {hostVersion.Major}.{hostVersion.Minor}";
    }
}
