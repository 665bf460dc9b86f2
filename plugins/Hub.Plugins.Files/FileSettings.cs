using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>The settings of one instance, read and checked once per check or sync.</summary>
internal sealed record FileSettings(string Path, RecordStream Stream, ColumnMap Map, string Pattern, int BatchSize, CustomerKind DefaultKind)
{
    public const string PathName = "path";
    public const string StreamName = "stream";
    public const string PatternName = "pattern";
    public const string BatchSizeName = "batchSize";
    public const string KindName = "kind";
    public const string DefaultPattern = "*.csv";
    // Each batch is one transaction of upserts into a unique index that keys in file order hit all over; the larger the batch,
    // the more of its rows share each index page that the commit writes. With 20,000 rows rather than 5,000, 1.6 million
    // customer rows imported about a quarter faster (tests/Hub.Benchmarks), for a few tens of MB held per batch and a re-read
    // of at most that many rows after a crash.
    public const int DefaultBatchSize = 20_000;

    /// <exception cref="InvalidSettingException">naming the setting and the values it accepts.</exception>
    public static FileSettings Read(ISettings settings)
    {
        var path = settings.GetRequired(PathName).Trim();
        var batchSize = settings.GetInt(BatchSizeName, DefaultBatchSize);
        if (batchSize < 1)
        {
            throw new InvalidSettingException(BatchSizeName, $"setting '{BatchSizeName}' must be at least 1, not {batchSize}");
        }

        var pattern = settings.Get(PatternName);
        return new FileSettings(
            path,
            ReadStream(settings.Get(StreamName)),
            ColumnMap.Parse(settings.GetList(ColumnMap.SettingName)),
            string.IsNullOrWhiteSpace(pattern) ? DefaultPattern : pattern.Trim(),
            batchSize,
            ReadKind(settings.Get(KindName)));
    }

    private static RecordStream ReadStream(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => RecordStream.Auto,
        "customers" => RecordStream.Customers,
        "orders" => RecordStream.Orders,
        _ => throw new InvalidSettingException(StreamName, $"setting '{StreamName}' must be customers, orders or auto, not '{value}'"),
    };

    private static CustomerKind ReadKind(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return CustomerKind.Person;
        return CustomerKinds.TryParse(value, out var kind)
            ? kind
            : throw new InvalidSettingException(KindName, $"setting '{KindName}' must be one of {CustomerKinds.ValidNames}, not '{value}'");
    }
}
