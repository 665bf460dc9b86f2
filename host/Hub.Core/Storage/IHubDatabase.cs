namespace Hub.Core.Storage;

/// <summary>The database as a whole: one implementation per engine.</summary>
public interface IHubDatabase
{
    /// <summary>The engine's name, e.g. <c>sqlite</c>.</summary>
    string Engine { get; }

    /// <summary>Creates or upgrades the schema to the current version; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
