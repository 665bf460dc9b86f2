namespace Hub.Plugins.Files;

/// <summary>The CSV names of the canonical fields and which stream each belongs to.</summary>
internal static class CanonicalFields
{
    public const int Count = (int)CanonicalField.Currency + 1;

    private static readonly string[] Names =
    [
        "source_id", "full_name", "given_name", "family_name", "email", "phone", "street", "city", "postcode",
        "country", "birth_date", "company", "external_id", "kind",
        "customer_source_id", "order_id", "ordered_at", "amount", "currency",
    ];

    private static readonly Dictionary<string, CanonicalField> ByName =
        Names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => (CanonicalField)p.index, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every field name, customers first, as listed in error messages.</summary>
    public static string ValidNames { get; } = string.Join(", ", Names);

    public static string NameOf(CanonicalField field) => Names[(int)field];

    public static bool TryParse(string name, out CanonicalField field) => ByName.TryGetValue(name.Trim(), out field);

    public static bool BelongsTo(CanonicalField field, RecordStream stream) =>
        stream == RecordStream.Orders ? field >= CanonicalField.CustomerSourceId : field < CanonicalField.CustomerSourceId;

    /// <summary>The columns without which no row of the stream can become a record.</summary>
    public static IReadOnlyList<CanonicalField> RequiredFor(RecordStream stream) => stream == RecordStream.Orders
        ? [CanonicalField.CustomerSourceId, CanonicalField.OrderId, CanonicalField.OrderedAt, CanonicalField.Amount, CanonicalField.Currency]
        : [CanonicalField.SourceId];
}
