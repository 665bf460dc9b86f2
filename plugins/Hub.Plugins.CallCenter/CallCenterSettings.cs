using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>The settings a <c>callcenter</c> connector instance takes.</summary>
internal static class CallCenterSettings
{
    public const string Path = "path";
    public const string TimeZone = "timeZone";
    public const string DefaultRegion = "defaultRegion";
    public const string InboundContexts = "inboundContexts";
    public const string IngestToken = "ingestToken";
    public const string BatchSize = "batchSize";

    public const string DefaultTimeZone = "UTC";
    public const string DefaultRegionCode = "US";
    public const string DefaultInboundContexts = "from-external,from-pstn,from-trunk,ext-did";
    public const int DefaultBatchSize = 5000;

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(Path, "Asterisk's cdr_csv Master.csv, or its folder: every *.csv there (and rotated copies such as Master.csv.1) is read, " +
            "and lines Asterisk appends later are read by the next sync", Required: true, Type: SettingType.Path),
        new(TimeZone, "The PBX's time zone as an IANA id (e.g. Asia/Shanghai), which cdr_csv times are written in; UTC when cdr.conf has usegmtime=yes",
            Default: DefaultTimeZone),
        new(DefaultRegion, "ISO country code given as the country of callers whose numbers have no country code, so they can be matched by phone",
            Default: DefaultRegionCode),
        new(InboundContexts, "Dialplan contexts (the CDR's dcontext) of inbound calls: the customer is the caller (src); " +
            "a call in any other context is outbound and the customer is the number dialled (dst)", Type: SettingType.List,
            Default: DefaultInboundContexts),
        new(IngestToken, "The token call events pushed to POST /ingest/{connector id} must carry as 'Authorization: Bearer <token>'; " +
            "pushes are refused while it is not set", Secret: true),
        new(BatchSize, "CDR lines per batch; each batch is stored with its checkpoint", Type: SettingType.Integer,
            Default: DefaultBatchSize.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The file or folder to read.</summary>
    /// <exception cref="InvalidSettingException">when it is not set.</exception>
    public static string ReadPath(ISettings settings) => settings.GetRequired(Path).Trim();

    /// <exception cref="InvalidSettingException">when it is not a whole number of at least 1.</exception>
    public static int ReadBatchSize(ISettings settings)
    {
        var batchSize = settings.GetInt(BatchSize, DefaultBatchSize);
        return batchSize >= 1
            ? batchSize
            : throw new InvalidSettingException(BatchSize, $"setting '{BatchSize}' must be at least 1, not {batchSize}");
    }
}
