using System.Diagnostics;
using System.Globalization;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// The process's peak working set over one scenario. On Linux the kernel's high-water mark (VmHWM) is reset before each
/// scenario by writing 5 to /proc/self/clear_refs, so each figure is that scenario's own peak; elsewhere the figure is the
/// peak since the process started, and <see cref="IsPerScenario"/> says so.
/// </summary>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    public static bool IsPerScenario { get; private set; } = File.Exists(ClearRefs);

    /// <summary>Collects garbage left by the previous scenario, then starts a new high-water mark.</summary>
    public static void Reset()
    {
        // Aggressive: the server GC otherwise keeps the previous scenario's heap committed, and it would count as this one's.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (!IsPerScenario) return;
        try
        {
            File.WriteAllText(ClearRefs, "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            IsPerScenario = false;
        }
    }

    /// <summary>The peak working set in bytes since <see cref="Reset"/> (or since the process started).</summary>
    public static long Read()
    {
        if (IsPerScenario && File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                // "VmHWM:     123456 kB"
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
