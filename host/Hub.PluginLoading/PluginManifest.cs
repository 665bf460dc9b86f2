using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.PluginLoading;

/// <summary>The <c>plugin.json</c> every plugin folder carries.</summary>
public sealed record PluginManifest
{
    /// <summary>The file name looked for in each plugin folder.</summary>
    public const string FileName = "plugin.json";

    /// <summary>The plugin's id, used by <c>hub connectors add --plugin</c>.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>The plugin's own version.</summary>
    [JsonPropertyName("version")] public string? Version { get; init; }

    /// <summary>The Hub.Contracts version it was built against.</summary>
    [JsonPropertyName("contractsVersion")] public string? ContractsVersion { get; init; }

    /// <summary>The assembly holding the <c>IHubPlugin</c> class, relative to the folder.</summary>
    [JsonPropertyName("entryAssembly")] public string? EntryAssembly { get; init; }

    /// <summary>One line saying what it does.</summary>
    [JsonPropertyName("description")] public string? Description { get; init; }

    /// <summary>Reads a manifest; the error names the file and what is wrong with it.</summary>
    public static PluginManifest Read(string path)
    {
        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new PluginLoadException($"{FileName} is not valid JSON: {ex.Message}");
        }

        if (manifest is null) throw new PluginLoadException($"{FileName} is empty");
        var missing = new[] { ("id", manifest.Id), ("version", manifest.Version), ("contractsVersion", manifest.ContractsVersion), ("entryAssembly", manifest.EntryAssembly) }
            .Where(field => string.IsNullOrWhiteSpace(field.Item2))
            .Select(field => field.Item1)
            .ToList();
        return missing.Count == 0
            ? manifest
            : throw new PluginLoadException($"{FileName} lacks {string.Join(", ", missing)}");
    }
}
