using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Server.Cli;

/// <summary>How <c>--json</c> output is written: camelCase, indented, enums as kebab-case names.</summary>
public static class CliJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Prints <paramref name="value"/> as JSON.</summary>
    public static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Options));
}
