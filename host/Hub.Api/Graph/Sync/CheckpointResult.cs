using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

/// <summary>What setCheckpoint answers: the audited change and the connector's job afterwards.</summary>
internal sealed record CheckpointResult(CheckpointChange Change, SyncJobStatus Job);
