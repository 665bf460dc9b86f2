namespace Hub.Core.Storage;

/// <summary>The database as a whole: one implementation per engine.</summary>
public interface IHubDatabase
{
    /// <summary>The engine's name, e.g. <c>sqlite</c>.</summary>
    string Engine { get; }

    /// <summary>Creates or upgrades the schema to the current version; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The names of the migration scripts applied to the database; empty when it has none yet (or does not exist).
    /// Never changes the database.
    /// </summary>
    Task<IReadOnlyCollection<string>> ListAppliedMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Null when the database can be reached and has every migration this version knows; otherwise a short reason
    /// (for <c>/readyz</c>). Never changes the database.
    /// </summary>
    Task<string?> CheckReadyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes a consistent copy of the whole database (the scheduler's tables included) to <paramref name="destination"/>
    /// while the hub keeps running, and checks the copy; returns its size in bytes. Refuses an existing file.
    /// </summary>
    Task<long> BackupToAsync(string destination, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="exception"/>, raised by this database, passes if the work is tried again a moment later
    /// (another writer holds the file or a lock), so a sync that met it is retried rather than failed.
    /// </summary>
    bool IsTransient(Exception exception);
}
