using Hub.Benchmarks.Scenarios.Api;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios.Postgres;

/// <summary>Everything the document says about one run of issue 8's scenarios on PostgreSQL.</summary>
/// <param name="Default">The ingest scenarios on a server with every setting at its default.</param>
/// <param name="Tuned">The ingest scenarios on a server given memory and checkpoint spacing, durability unchanged; resolution and API ran there too.</param>
/// <param name="Customers">Customers generated for the ingest sample.</param>
/// <param name="Files">The ingested customer files.</param>
/// <param name="Resolution">Issue 4's scenarios, run on the tuned server.</param>
/// <param name="Api">Issue 5's scenarios, run on the tuned server.</param>
/// <param name="Problems">Counts or answers that were not what they should be; empty when all is well.</param>
internal sealed record PostgresReport(
    PostgresServerRun Default,
    PostgresServerRun Tuned,
    int Customers,
    IReadOnlyList<SampleFile> Files,
    ResolutionReport Resolution,
    PostgresApi Api,
    IReadOnlyList<string> Problems);

/// <summary>The ingest scenarios on one server.</summary>
/// <param name="Server">The server's version.</param>
/// <param name="Given">The settings it was started with (<c>name=value</c>); empty for the defaults.</param>
/// <param name="Settings">The settings that matter for the figures, as it reported them.</param>
/// <param name="Ingest">The rounds in order; the last one is reported.</param>
internal sealed record PostgresServerRun(string Server, IReadOnlyList<string> Given, IReadOnlyList<(string Name, string Value)> Settings, IReadOnlyList<PostgresIngestRound> Ingest)
{
    public PostgresIngestRound Last => Ingest[^1];
}

/// <summary>One round of the ingest scenarios on PostgreSQL, each on a fresh database.</summary>
/// <param name="StoreBytes">The imported database's size on disk.</param>
internal sealed record PostgresIngestRound(ScenarioResult Import, ScenarioResult Reimport, ScenarioResult Sync, ScenarioResult Copy, ScenarioResult KeyedCopy, long StoreBytes);

/// <summary>Issue 5's API scenarios on PostgreSQL, over the last ingest round's store once resolved in full.</summary>
/// <param name="Resolve">The <c>hub resolve --full</c> that made the store's customers (not part of the API's figures).</param>
/// <param name="Report">The API figures, as issue 5 reports them (no query plans: those are SQLite's).</param>
internal sealed record PostgresApi(ScenarioResult Resolve, ApiReport Report);
