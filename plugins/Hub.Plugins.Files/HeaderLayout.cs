using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>
/// Where each canonical field sits in one file, resolved once from its header so that rows are read by
/// index; columns that are no canonical field of the file's stream are kept as attributes.
/// </summary>
internal sealed class HeaderLayout
{
    private readonly int[] _columnOf;

    private HeaderLayout(RecordStream stream, int columnCount, int[] columnOf, int[] attributeColumns, string[] attributeNames)
    {
        Stream = stream;
        ColumnCount = columnCount;
        _columnOf = columnOf;
        AttributeColumns = attributeColumns;
        AttributeNames = attributeNames;
    }

    /// <summary>Customers or orders, never auto.</summary>
    public RecordStream Stream { get; }

    public int ColumnCount { get; }

    /// <summary>Indexes of the columns kept as attributes, parallel to <see cref="AttributeNames"/>.</summary>
    public int[] AttributeColumns { get; }

    public string[] AttributeNames { get; }

    /// <summary>The column index of the field, or -1 when the file does not have it.</summary>
    public int ColumnOf(CanonicalField field) => _columnOf[(int)field];

    /// <exception cref="InvalidSettingException">when a map entry names a column the file lacks, or a column the stream needs is missing.</exception>
    public static HeaderLayout Resolve(IReadOnlyList<string> header, ColumnMap map, RecordStream requested, string fileName)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        var columnOf = Enumerable.Repeat(-1, CanonicalFields.Count).ToArray();
        var fieldAt = new CanonicalField?[names.Length];

        foreach (var mapping in map.Entries)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, mapping.Column, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new InvalidSettingException(ColumnMap.SettingName,
                    $"map entry '{mapping.Entry}': {fileName} has no column '{mapping.Column}'; its columns are: {string.Join(", ", names)}");
            }

            columnOf[(int)mapping.Field] = index;
            fieldAt[index] = mapping.Field;
        }

        for (var index = 0; index < names.Length; index++)
        {
            // An explicit mapping wins over a column that happens to carry the field's name; the loser stays an attribute.
            if (fieldAt[index] is null && CanonicalFields.TryParse(names[index], out var field) && columnOf[(int)field] < 0)
            {
                columnOf[(int)field] = index;
                fieldAt[index] = field;
            }
        }

        var stream = requested != RecordStream.Auto ? requested
            : columnOf[(int)CanonicalField.OrderId] >= 0 ? RecordStream.Orders
            : RecordStream.Customers;

        var missing = CanonicalFields.RequiredFor(stream).Where(f => columnOf[(int)f] < 0).Select(CanonicalFields.NameOf).ToList();
        if (missing.Count > 0)
        {
            var streamName = stream == RecordStream.Orders ? "orders" : "customers";
            throw new InvalidSettingException(ColumnMap.SettingName,
                $"{fileName} has no {string.Join(", ", missing)} column, which {streamName} need; its columns are: {string.Join(", ", names)}. " +
                $"Rename the column in the file or map it with --map column={missing[0]}");
        }

        var attributeColumns = new List<int>();
        var attributeNames = new List<string>();
        for (var index = 0; index < names.Length; index++)
        {
            if (fieldAt[index] is { } field && CanonicalFields.BelongsTo(field, stream)) continue;
            if (fieldAt[index] is { } foreign) columnOf[(int)foreign] = -1;
            attributeColumns.Add(index);
            attributeNames.Add(AttributeName(names, index, attributeNames));
        }

        return new HeaderLayout(stream, names.Length, columnOf, [.. attributeColumns], [.. attributeNames]);
    }

    // Attributes are keyed by header name; a blank or repeated name gets the column number so no value is lost.
    private static string AttributeName(string[] names, int index, List<string> taken)
    {
        var name = names[index].Length == 0 ? $"column_{index + 1}" : names[index];
        return taken.Contains(name, StringComparer.Ordinal) ? $"{name}_{index + 1}" : name;
    }
}
