using System.Net.Sockets;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>What PostgreSQL's errors mean for the hub: which pass when tried again, and which the user can fix.</summary>
public static class PostgresErrors
{
    /// <summary>
    /// Whether the work that met <paramref name="exception"/> should be tried again: a serialization failure (40001), a
    /// deadlock (40P01), a lock not available (55P03), or a failure Npgsql itself calls transient (lost connection, server
    /// starting or shutting down, too many connections).
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable } => true,
        NpgsqlException { IsTransient: true } => true,
        _ => false,
    };

    /// <summary>
    /// One line saying what is wrong and what to do, for the failures a user fixes (server unreachable, unknown database,
    /// bad credentials, missing privileges); null for the rest. <paramref name="database"/> names the database without credentials.
    /// </summary>
    public static string? Describe(Exception exception, string? database = null)
    {
        var where = database is null ? "the PostgreSQL database" : $"the PostgreSQL database {database}";
        return exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } p =>
                $"{where} does not exist ({p.MessageText}); create it (createdb) or fix Database= in the connection string",
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                $"{where} refused the login ({p.MessageText}); check Username= and Password= in the connection string",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } p =>
                $"{where} refused an operation ({p.MessageText}); grant the hub's user the privileges it needs",
            PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow } p =>
                $"{where} does not accept connections now ({p.MessageText}); try again in a moment",
            NpgsqlException { InnerException: SocketException or TimeoutException or IOException } n =>
                $"cannot reach {where} ({n.InnerException!.Message.TrimEnd('.')}); check that the server runs and Host=/Port= in the connection string",
            NpgsqlException { IsTransient: true } n => $"lost the connection to {where} ({n.Message.TrimEnd('.')}); try again in a moment",
            _ => null,
        };
    }
}
