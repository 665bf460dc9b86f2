using System.Collections.Frozen;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>The settings that decide how a call becomes records, read and checked once per sync or push.</summary>
/// <param name="TimeZone">The zone the PBX writes its local times in.</param>
/// <param name="Region">The ISO country of national numbers.</param>
/// <param name="InboundContexts">The dcontext values of inbound calls.</param>
internal sealed record CallOptions(TimeZoneInfo TimeZone, string Region, FrozenSet<string> InboundContexts)
{
    /// <exception cref="InvalidSettingException">naming the setting and what it accepts.</exception>
    public static CallOptions Read(ISettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var contexts = settings.GetList(CallCenterSettings.InboundContexts);
        if (contexts.Count == 0) contexts = CallCenterSettings.DefaultInboundContexts.Split(',');
        return new CallOptions(
            ReadTimeZone(settings.Get(CallCenterSettings.TimeZone)),
            ReadRegion(settings.Get(CallCenterSettings.DefaultRegion)),
            contexts.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static TimeZoneInfo ReadTimeZone(string? value)
    {
        var id = string.IsNullOrWhiteSpace(value) ? CallCenterSettings.DefaultTimeZone : value.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidSettingException(CallCenterSettings.TimeZone,
                $"setting '{CallCenterSettings.TimeZone}' must be an IANA time zone id such as Asia/Shanghai or America/New_York, not '{id}'");
        }
    }

    private static string ReadRegion(string? value)
    {
        var region = string.IsNullOrWhiteSpace(value) ? CallCenterSettings.DefaultRegionCode : value.Trim().ToUpperInvariant();
        return region.Length == 2 && char.IsAsciiLetterUpper(region[0]) && char.IsAsciiLetterUpper(region[1])
            ? region
            : throw new InvalidSettingException(CallCenterSettings.DefaultRegion,
                $"setting '{CallCenterSettings.DefaultRegion}' must be a two-letter ISO country code such as US or CN, not '{value}'");
    }
}
