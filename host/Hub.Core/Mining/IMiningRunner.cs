namespace Hub.Core.Mining;

/// <summary>Runs every loaded miner as of today; what the mining schedule calls.</summary>
public interface IMiningRunner
{
    /// <summary>Runs the miners, each as one mining run recorded with <paramref name="trigger"/>, and returns the finished runs.</summary>
    Task<IReadOnlyList<MiningRun>> RunAllAsync(string trigger, CancellationToken cancellationToken);
}
