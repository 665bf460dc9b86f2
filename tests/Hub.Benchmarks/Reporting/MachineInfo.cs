using System.Globalization;
using System.Runtime.InteropServices;

namespace Hub.Benchmarks.Reporting;

/// <summary>What the figures were measured on, read from the machine itself (Linux /proc and /etc files where present).</summary>
internal sealed record MachineInfo(string Cpu, int Cores, long MemoryBytes, string OperatingSystem, string Runtime)
{
    public static MachineInfo Read() => new(
        Cpu: FirstValue("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        MemoryBytes: MemTotal() ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        OperatingSystem: OperatingSystemName(),
        Runtime: RuntimeInformation.FrameworkDescription);

    // On Linux the description is the distribution's name; the kernel is worth knowing too (I/O and scheduling).
    private static string OperatingSystemName() =>
        RuntimeInformation.OSDescription +
        (System.OperatingSystem.IsLinux() ? $", Linux kernel {Environment.OSVersion.Version}" : "") +
        $", {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    private static long? MemTotal() =>
        // "MemTotal:       24683656 kB"
        FirstValue("/proc/meminfo", "MemTotal", ':') is { } text &&
        long.TryParse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes)
            ? kilobytes * 1024
            : null;

    private static string? FirstValue(string path, string key, char separator)
    {
        if (!File.Exists(path)) return null;
        foreach (var line in File.ReadLines(path))
        {
            var at = line.IndexOf(separator);
            if (at > 0 && line[..at].Trim() == key) return line[(at + 1)..].Trim();
        }

        return null;
    }
}
