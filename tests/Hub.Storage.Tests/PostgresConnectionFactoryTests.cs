using Hub.Storage.Postgres;
using Npgsql;

namespace Hub.Storage.Tests;

public sealed class PostgresConnectionFactoryTests
{
    [Fact]
    public void Commands_run_as_long_as_they_need_unless_the_connection_string_sets_a_limit()
    {
        // A full resolution's save of a million records is one statement that outlasts Npgsql's default 30 s.
        using var unlimited = new PostgresConnectionFactory("Host=127.0.0.1;Database=hub;Username=hub");
        using var limited = new PostgresConnectionFactory("Host=127.0.0.1;Database=hub;Username=hub;command timeout=45");

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(unlimited.ConnectionString).CommandTimeout);
        Assert.Equal(45, new NpgsqlConnectionStringBuilder(limited.ConnectionString).CommandTimeout);
        Assert.Equal("hub", new NpgsqlConnectionStringBuilder(unlimited.ConnectionString).ApplicationName);
    }
}
