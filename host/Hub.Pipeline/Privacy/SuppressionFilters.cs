using Hub.Core.Storage;

namespace Hub.Pipeline.Privacy;

/// <summary>Reads the suppression list into a <see cref="SuppressionFilter"/>: once per batch, so an erasure during a long sync takes effect on its next batch.</summary>
public sealed class SuppressionFilters(IErasureStore store, SuppressionKeys keys)
{
    /// <summary>The list as it is now.</summary>
    public async Task<SuppressionFilter> LoadAsync(CancellationToken cancellationToken) =>
        new(await store.LoadSuppressionsAsync(cancellationToken).ConfigureAwait(false), keys);
}
