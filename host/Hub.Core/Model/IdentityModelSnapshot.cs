namespace Hub.Core.Model;

/// <summary>The identity engine's trained parameters as stored between runs (JSON the engine reads back).</summary>
/// <param name="Version">Increases with every training.</param>
/// <param name="Json">The parameters.</param>
/// <param name="TrainedAt">When they were estimated.</param>
public sealed record IdentityModelSnapshot(int Version, string Json, DateTimeOffset TrainedAt);
