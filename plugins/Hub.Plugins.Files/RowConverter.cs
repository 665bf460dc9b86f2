using CsvHelper;
using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>
/// Turns the rows of one file into canonical records. Rows that cannot become a typed record are rejected with
/// a reason; a bad optional value is emptied with a warning. Missing ids are left for the host's validator.
/// </summary>
internal sealed class RowConverter
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    private readonly HeaderLayout _layout;
    private readonly string _fileName;
    private readonly CustomerKind _defaultKind;
    private readonly string _streamName;

    public RowConverter(HeaderLayout layout, string fileName, CustomerKind defaultKind)
    {
        _layout = layout;
        _fileName = fileName;
        _defaultKind = defaultKind;
        _streamName = layout.Stream == RecordStream.Orders ? "orders" : "customers";
    }

    public void Convert(CsvFile file, List<SourceRecord> records, List<RejectedRecord> rejected)
    {
        var reader = file.Reader;
        var position = $"{_fileName} row {file.Row}";
        var raw = file.RawText;
        if (file.QuotingProblem is { } problem)
        {
            rejected.Add(new RejectedRecord(_streamName, position, raw, problem));
        }
        else if (reader.FieldCount != _layout.ColumnCount)
        {
            rejected.Add(new RejectedRecord(_streamName, position, raw,
                $"row has {reader.FieldCount} fields but the header has {_layout.ColumnCount}; put values that contain commas in quotes"));
        }
        else if (_layout.Stream == RecordStream.Orders)
        {
            var order = ReadOrder(reader, position, raw, out var reason);
            if (order is not null) records.Add(order);
            else rejected.Add(new RejectedRecord(_streamName, position, raw, reason!));
        }
        else
        {
            records.Add(ReadCustomer(reader, position, raw));
        }
    }

    private CustomerRecord ReadCustomer(CsvReader reader, string position, string raw)
    {
        List<string>? warnings = null;

        DateOnly? birthDate = null;
        if (Text(reader, CanonicalField.BirthDate) is { } birthText)
        {
            if (ValueParsers.TryParseBirthDate(birthText, out var date)) birthDate = date;
            else (warnings ??= []).Add($"birth_date '{birthText}' is not a valid date; left empty");
        }

        var kind = _defaultKind;
        if (Text(reader, CanonicalField.Kind) is { } kindText && !CustomerKinds.TryParse(kindText, out kind))
        {
            kind = _defaultKind;
            (warnings ??= []).Add(
                $"kind '{kindText}' is not one of {CustomerKinds.ValidNames}; set to {CustomerKinds.NameOf(_defaultKind)}");
        }

        return new CustomerRecord
        {
            // Left empty rather than rejected: the host's validator quarantines records without an id.
            SourceId = Text(reader, CanonicalField.SourceId) ?? "",
            Kind = kind,
            FullName = Text(reader, CanonicalField.FullName),
            GivenName = Text(reader, CanonicalField.GivenName),
            FamilyName = Text(reader, CanonicalField.FamilyName),
            Email = Text(reader, CanonicalField.Email),
            Phone = Text(reader, CanonicalField.Phone),
            Street = Text(reader, CanonicalField.Street),
            City = Text(reader, CanonicalField.City),
            Postcode = Text(reader, CanonicalField.Postcode),
            Country = Text(reader, CanonicalField.Country),
            BirthDate = birthDate,
            Company = Text(reader, CanonicalField.Company),
            ExternalId = Text(reader, CanonicalField.ExternalId),
            Position = position,
            RawPayload = raw,
            Attributes = Attributes(reader),
            Warnings = warnings ?? [],
        };
    }

    private OrderRecord? ReadOrder(CsvReader reader, string position, string raw, out string? reason)
    {
        List<string>? problems = null;

        var orderedAt = default(DateTimeOffset);
        var orderedText = Text(reader, CanonicalField.OrderedAt);
        if (orderedText is null) (problems ??= []).Add("ordered_at is empty");
        else if (!ValueParsers.TryParseTimestamp(orderedText, out orderedAt))
        {
            (problems ??= []).Add($"ordered_at '{orderedText}' is not a date/time (use ISO 8601 such as 2024-03-05 or 2024-03-05T14:30:00+08:00, or YYYYMMDD)");
        }

        var amount = 0m;
        var amountText = Text(reader, CanonicalField.Amount);
        if (amountText is null) (problems ??= []).Add("amount is empty");
        else if (!ValueParsers.TryParseAmount(amountText, out amount))
        {
            (problems ??= []).Add($"amount '{amountText}' is not a number (write digits with a dot for decimals and no thousands separators, e.g. 1234.50)");
        }

        var currency = "";
        var currencyText = Text(reader, CanonicalField.Currency);
        if (currencyText is null) (problems ??= []).Add("currency is missing (give a 3-letter ISO 4217 code such as CNY or USD)");
        else if (!ValueParsers.TryParseCurrency(currencyText, out currency))
        {
            (problems ??= []).Add($"currency '{currencyText}' is not a 3-letter ISO 4217 code such as CNY or USD");
        }

        if (problems is not null)
        {
            reason = string.Join("; ", problems);
            return null;
        }

        reason = null;
        return new OrderRecord
        {
            // Missing ids are passed on: the host's validator quarantines them with the others it finds.
            OrderId = Text(reader, CanonicalField.OrderId) ?? "",
            CustomerSourceId = Text(reader, CanonicalField.CustomerSourceId) ?? "",
            OrderedAt = orderedAt,
            Amount = amount,
            Currency = currency,
            Position = position,
            RawPayload = raw,
            Attributes = Attributes(reader),
        };
    }

    private IReadOnlyDictionary<string, string> Attributes(CsvReader reader)
    {
        Dictionary<string, string>? attributes = null;
        var columns = _layout.AttributeColumns;
        for (var i = 0; i < columns.Length; i++)
        {
            if (Text(reader, columns[i]) is { } value) (attributes ??= new(StringComparer.Ordinal))[_layout.AttributeNames[i]] = value;
        }

        return attributes ?? NoAttributes;
    }

    private string? Text(CsvReader reader, CanonicalField field) => Text(reader, _layout.ColumnOf(field));

    private static string? Text(CsvReader reader, int column)
    {
        if (column < 0 || reader.IsEmpty(column)) return null;
        var value = reader.GetString(column);
        // The reader trims spaces and tabs; other white space (e.g. the ideographic space U+3000) is trimmed here.
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) value = value.Trim();
        return value.Length == 0 ? null : value;
    }
}
