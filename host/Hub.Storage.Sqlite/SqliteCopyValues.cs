using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads one SQLite value as the <see cref="CopyValueKind"/> its PostgreSQL column needs, refusing anything that would not
/// arrive unchanged: SQLite stores whatever it is given, so a flag could hold 2 or money a word, and a copy that quietly
/// rounded or coerced them would lose data while its checksum, taken of what was sent, still matched.
/// </summary>
internal static class SqliteCopyValues
{
    /// <summary>The value at <paramref name="ordinal"/> of the current row.</summary>
    /// <exception cref="InvalidDataException">It cannot be carried unchanged; the message says what it holds.</exception>
    public static CopyValue Read(SqliteDataReader reader, int ordinal, CopyValueKind kind)
    {
        if (reader.IsDBNull(ordinal)) return CopyValue.Null;
        var stored = reader.GetFieldType(ordinal);
        return kind switch
        {
            CopyValueKind.Integer when stored == typeof(long) => CopyValue.Of(reader.GetInt64(ordinal)),
            CopyValueKind.Boolean when stored == typeof(long) => Flag(reader.GetInt64(ordinal)),
            // A REAL column may hand back an integer that has no fraction; a double holds it exactly.
            CopyValueKind.Real when stored == typeof(double) || stored == typeof(long) => CopyValue.Of(reader.GetDouble(ordinal)),
            CopyValueKind.Text when stored == typeof(string) => CopyValue.Of(reader.GetString(ordinal)),
            CopyValueKind.Decimal when stored == typeof(string) => Decimal(reader.GetString(ordinal)),
            CopyValueKind.Json when stored == typeof(string) => Json(reader.GetString(ordinal)),
            _ => throw new InvalidDataException($"holds {Describe(reader, ordinal, stored)} where {Expected(kind)} belongs"),
        };
    }

    private static CopyValue Flag(long value) => value switch
    {
        0 => CopyValue.Of(false),
        1 => CopyValue.Of(true),
        _ => throw new InvalidDataException($"holds {value} where a flag (0 or 1) belongs"),
    };

    // The hub writes money as decimal.ToString(invariant); anything else would come back from NUMERIC spelled differently.
    private static CopyValue Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && value.ToString(CultureInfo.InvariantCulture) == text
            ? CopyValue.Of(value)
            : throw new InvalidDataException($"holds '{Shorten(text)}' where an invariant decimal number (e.g. 12.50) belongs");

    private static CopyValue Json(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return CopyValue.Of(text);
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"holds '{Shorten(text)}' where JSON belongs");
        }
    }

    private static string Describe(SqliteDataReader reader, int ordinal, Type stored) =>
        stored == typeof(byte[]) ? $"a blob of {reader.GetStream(ordinal).Length} bytes"
        : stored == typeof(string) ? $"the text '{Shorten(reader.GetString(ordinal))}'"
        : $"the number {Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture)}";

    private static string Expected(CopyValueKind kind) => kind switch
    {
        CopyValueKind.Integer => "an integer",
        CopyValueKind.Boolean => "a flag (0 or 1)",
        CopyValueKind.Real => "a number",
        CopyValueKind.Decimal => "an invariant decimal number (e.g. 12.50)",
        CopyValueKind.Json => "JSON",
        _ => "text",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
