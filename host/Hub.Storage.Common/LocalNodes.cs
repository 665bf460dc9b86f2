using System.Diagnostics;
using System.Globalization;

namespace Hub.Storage.Common;

/// <summary>
/// Tells whether a node named the default way (<c>machine:pid</c>, see <c>RunLeaseOptions.Node</c>) was a process on this
/// machine that no longer exists. Its runs are dead at once: a hub restarted after a crash closes them without waiting for
/// their lease. Any other name (another machine, a configured one, a process id now in use again) waits for the lease.
/// </summary>
internal static class LocalNodes
{
    public static bool IsGone(string node)
    {
        var colon = node.LastIndexOf(':');
        if (colon <= 0
            || !string.Equals(node[..colon], Environment.MachineName, StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(node.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
