using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>What every statement of one batch shares: its transaction, its constants and the reusable buffers.</summary>
internal sealed record IngestContext(
    SqliteConnection Connection,
    SqliteTransaction Transaction,
    string Source,
    long RunId,
    string Now,
    ContentHasher Hasher,
    JsonColumnWriter Json);
