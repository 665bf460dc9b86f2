using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Turns the fields of one call (a CDR line or a pushed object) into an interaction and a customer record.
/// Direction: a call whose dcontext is one of the inbound contexts is inbound and its customer is the caller (src);
/// any other call is outbound and its customer is the number dialled (dst). The customer's number is kept as written;
/// the hub's identity resolution normalises it. One converter serves one read; it is not thread-safe.
/// </summary>
internal sealed class CallConverter(CallOptions options)
{
    private readonly PbxClock _clock = new(options.TimeZone);

    /// <param name="values">Every CDR field by <see cref="CdrColumn"/>, empty when absent; the records keep the array.</param>
    /// <param name="position">Where the call was read, e.g. <c>Master.csv line 17</c>; null for a quarantined call read again.</param>
    /// <param name="raw">The call as read, kept with the records for quarantine.</param>
    public CallConversion Convert(string[] values, string? position, string raw)
    {
        var startText = values[(int)CdrColumn.Start];
        if (!_clock.TryParse(startText, out var start))
        {
            return CallConversion.Rejected(startText.Length == 0
                ? "start is empty; every call needs the time it started"
                : $"start '{startText}' is not a time (cdr_csv writes YYYY-MM-DD HH:MM:SS; ISO 8601 is also read)");
        }

        var inbound = options.InboundContexts.Contains(values[(int)CdrColumn.DContext]);
        var number = (inbound ? values[(int)CdrColumn.Src] : values[(int)CdrColumn.Dst]).Trim();
        if (!number.AsSpan().ContainsAnyInRange('0', '9'))
        {
            var field = inbound ? "src" : "dst";
            var said = number.Length == 0 ? $"{field} is empty" : $"{field} is '{number}'";
            return CallConversion.Rejected(inbound
                ? $"no caller number ({said}: the caller withheld it or the trunk did not send it)"
                : $"no called number ({said})");
        }

        List<string>? warnings = null;
        TimeSpan? talkTime = null;
        var billsec = values[(int)CdrColumn.BillSec];
        if (billsec.Length > 0)
        {
            if (int.TryParse(billsec, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) talkTime = TimeSpan.FromSeconds(seconds);
            else (warnings ??= []).Add($"billsec '{billsec}' is not a whole number of seconds; duration left empty");
        }

        var userField = SurveyScore.Read(values[(int)CdrColumn.UserField]);
        if (userField.Warning is { } scoreWarning) (warnings ??= []).Add(scoreWarning);

        var queue = ChannelDevice.QueueOf(values[(int)CdrColumn.LastApp], values[(int)CdrColumn.LastData]);
        // Inbound: whoever the call was put through to, else the queue it waited in. Outbound: the extension that dialled.
        var agent = inbound
            ? ChannelDevice.Of(values[(int)CdrColumn.DstChannel]) ?? (queue is null ? null : "Queue/" + queue)
            : ChannelDevice.Of(values[(int)CdrColumn.Channel]);

        var disposition = values[(int)CdrColumn.Disposition];
        var interaction = new InteractionRecord
        {
            InteractionId = InteractionId(values, raw),
            CustomerSourceId = number,
            OccurredAt = start,
            Channel = "call",
            Type = inbound ? "inbound-call" : "outbound-call",
            Direction = inbound ? "inbound" : "outbound",
            Duration = talkTime,
            Outcome = disposition.Length == 0 ? null : disposition,
            Agent = agent,
            Score = userField.Score,
            Position = position,
            RawPayload = raw,
            Attributes = new CallAttributes(values, userField.Rest, queue),
            Warnings = warnings ?? [],
        };

        var customer = new CustomerRecord
        {
            SourceId = number,
            Phone = number,
            // On an outbound call the clid is the agent's own caller id, not the customer's.
            FullName = inbound ? CallerName.FromClid(values[(int)CdrColumn.Clid]) : null,
            Country = HasCountryCode(number) ? null : options.Region,
            Kind = CustomerKind.Person,
            Position = position,
            RawPayload = raw,
        };

        return new CallConversion(interaction, customer, null);
    }

    // Asterisk 12+ writes one CDR per party a call reached (every agent a queue rang), all with the caller's uniqueid;
    // with newcdrcolumns=yes the sequence tells them apart, so one does not overwrite another.
    private static string InteractionId(string[] values, string raw)
    {
        var uniqueId = values[(int)CdrColumn.UniqueId];
        var sequence = values[(int)CdrColumn.Sequence];
        if (uniqueId.Length > 0) return sequence.Length == 0 ? uniqueId : string.Concat(uniqueId, "#", sequence);

        // Without loguniqueid the line itself is the identity: the same line read again (or from an account's own
        // file, which repeats Master.csv's lines) gets the same id.
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(raw), hash);
        return "cdr-" + System.Convert.ToHexStringLower(hash[..16]);
    }

    private static bool HasCountryCode(string number) =>
        number.StartsWith('+') || number.StartsWith("00", StringComparison.Ordinal) || number.StartsWith("011", StringComparison.Ordinal);
}
