namespace Hub.Plugins.CallCenter;

/// <summary>The device behind an Asterisk channel name, which is the same for every call the device makes or takes.</summary>
internal static class ChannelDevice
{
    /// <summary>
    /// <c>SIP/201-0000002a</c> → <c>SIP/201</c>, <c>PJSIP/201-00000012</c> → <c>PJSIP/201</c>,
    /// <c>Local/201@from-queue-00000005;1</c> → <c>Local/201@from-queue</c>; null for an empty channel.
    /// </summary>
    public static string? Of(string channel)
    {
        if (channel.Length == 0) return null;
        var end = channel.Length;

        // Local channels have two halves, ";1" and ";2".
        var half = channel.LastIndexOf(';');
        if (half > 0 && half < end - 1 && !channel.AsSpan(half + 1).ContainsAnyExceptInRange('0', '9')) end = half;

        // The suffix Asterisk adds to make each channel unique is hexadecimal; a device name may contain dashes itself.
        var dash = channel.LastIndexOf('-', end - 1);
        if (dash > channel.IndexOf('/') && dash < end - 1 && IsHex(channel.AsSpan(dash + 1, end - dash - 1))) end = dash;

        return end == channel.Length ? channel : channel[..end];
    }

    /// <summary>The queue a <c>Queue</c> application call went to: the first argument of <c>lastdata</c> (<c>support,t,,,300</c>).</summary>
    public static string? QueueOf(string lastApp, string lastData)
    {
        if (!lastApp.Equals("Queue", StringComparison.OrdinalIgnoreCase)) return null;
        // Asterisk before 1.6 separated application arguments with '|'.
        var end = lastData.AsSpan().IndexOfAny(',', '|');
        var queue = (end < 0 ? lastData.AsSpan() : lastData.AsSpan(0, end)).Trim();
        return queue.IsEmpty ? null : queue.Length == lastData.Length ? lastData : queue.ToString();
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }

        return true;
    }
}
