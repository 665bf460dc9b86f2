using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hub.Mining;

/// <summary>The <c>Hub:Mining</c> section: when the miners run by themselves, how many at once, and how many runs' results are kept.</summary>
public sealed class MiningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Mining";

    /// <summary>The section of miner <c>NAME</c>'s settings: <c>Hub:Mining:Miners:NAME</c>.</summary>
    public const string MinersSection = "Hub:Mining:Miners";

    /// <summary>A cron schedule for <c>hub serve</c> to run every miner on; none (the default) runs them only on demand.</summary>
    public string? Schedule { get; set; }

    /// <summary>How many succeeded runs of each miner keep their scores and series; older runs keep only their metadata.</summary>
    public int KeepRuns { get; set; } = 3;

    /// <summary>
    /// How many miners run at once over the shared snapshot (each is still its own run); 1 runs them one after another.
    /// The default, 8, starts every bundled miner at once: they read the customers as the snapshot is read, mostly waiting
    /// for it, and a miner that waited for a free place would only start once the others had finished with the snapshot.
    /// </summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>Reads the section, refusing values that cannot work with a message naming the key.</summary>
    public static MiningOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var options = new MiningOptions { Schedule = string.IsNullOrWhiteSpace(section["Schedule"]) ? null : section["Schedule"]!.Trim() };
        if (section["KeepRuns"] is { } keep)
        {
            options.KeepRuns = int.TryParse(keep, NumberStyles.Integer, CultureInfo.InvariantCulture, out var runs) && runs >= 1
                ? runs
                : throw new ArgumentException($"{Section}:KeepRuns must be a whole number of at least 1, not '{keep}'");
        }

        if (section["Parallelism"] is { } parallelism)
        {
            options.Parallelism = int.TryParse(parallelism, NumberStyles.Integer, CultureInfo.InvariantCulture, out var miners) && miners >= 1
                ? miners
                : throw new ArgumentException($"{Section}:Parallelism must be a whole number of at least 1, not '{parallelism}'");
        }

        return options;
    }
}
