using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>The <c>map</c> setting: CSV columns renamed to canonical fields.</summary>
internal sealed class ColumnMap
{
    public const string SettingName = "map";

    private ColumnMap(IReadOnlyList<ColumnMapping> entries) => Entries = entries;

    public static ColumnMap Empty { get; } = new([]);

    public IReadOnlyList<ColumnMapping> Entries { get; }

    /// <summary>Reads <c>col=field,...</c>; the messages are shown to the user as the whole error, so they name the entry and the choices.</summary>
    /// <exception cref="InvalidSettingException">when an entry is malformed, names no canonical field, or repeats a column or field.</exception>
    public static ColumnMap Parse(IReadOnlyList<string> entries)
    {
        var mappings = new List<ColumnMapping>(entries.Count);
        foreach (var entry in entries)
        {
            // Field names never contain '=', column names might.
            var equals = entry.LastIndexOf('=');
            var column = equals < 0 ? "" : entry[..equals].Trim();
            var fieldName = equals < 0 ? "" : entry[(equals + 1)..].Trim();
            if (column.Length == 0 || fieldName.Length == 0)
            {
                throw new InvalidSettingException(SettingName,
                    $"map entry '{entry}' must look like column=field, e.g. Mail=email; valid fields are: {CanonicalFields.ValidNames}");
            }

            if (!CanonicalFields.TryParse(fieldName, out var field))
            {
                throw new InvalidSettingException(SettingName,
                    $"map entry '{entry}': '{fieldName}' is not a canonical field; valid fields are: {CanonicalFields.ValidNames}");
            }

            var sameField = mappings.Find(m => m.Field == field);
            if (sameField is not null)
            {
                throw new InvalidSettingException(SettingName,
                    $"map entries '{sameField.Entry}' and '{entry}' both map to {CanonicalFields.NameOf(field)}; keep one");
            }

            var sameColumn = mappings.Find(m => string.Equals(m.Column, column, StringComparison.OrdinalIgnoreCase));
            if (sameColumn is not null)
            {
                throw new InvalidSettingException(SettingName,
                    $"map entries '{sameColumn.Entry}' and '{entry}' both rename column '{column}'; keep one");
            }

            mappings.Add(new ColumnMapping(column, field, entry));
        }

        return new ColumnMap(mappings);
    }
}
