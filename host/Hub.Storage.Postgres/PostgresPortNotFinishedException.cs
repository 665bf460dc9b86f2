namespace Hub.Storage.Postgres;

/// <summary>
/// Raised when a part of the hub needs a storage port the PostgreSQL engine does not implement yet. Temporary: it goes
/// away once every port is ported.
/// </summary>
public sealed class PostgresPortNotFinishedException(Type port)
    : NotSupportedException($"PostgreSQL support for {port.Name} is not finished yet; use the embedded SQLite storage (Hub:Storage:Provider = sqlite, or --storage sqlite) for this.")
{
    /// <summary>The storage port that is missing.</summary>
    public Type Port { get; } = port;
}
