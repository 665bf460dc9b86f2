using Npgsql;

namespace Hub.Benchmarks.Scenarios.Postgres;

/// <summary>PostgreSQL stores: a database each on the benchmark's server; a copy is a database made from the other as its template.</summary>
internal sealed class PostgresScenarioStores(BenchPostgres server) : IScenarioStores
{
    public async Task<string> NewAsync(string name) => BenchStorage.Postgres(await server.CreateDatabaseAsync(name));

    public async Task<string> CopyAsync(string store, string name) =>
        BenchStorage.Postgres(await server.CreateDatabaseAsync(name, template: NameOf(store)));

    public Task DeleteAsync(string store) => server.DropDatabaseAsync(NameOf(store));

    public static string NameOf(string store) => new NpgsqlConnectionStringBuilder(BenchStorage.ConnectionString(store)).Database!;
}
