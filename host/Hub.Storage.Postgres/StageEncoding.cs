namespace Hub.Storage.Postgres;

/// <summary>The reusable buffers one thread encodes a batch's rows with; neither is safe to share between threads.</summary>
internal sealed record StageEncoding(ContentHasher Hasher, JsonColumnWriter Json);
