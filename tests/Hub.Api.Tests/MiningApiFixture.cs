namespace Hub.Api.Tests;

/// <summary>One server for the mining API tests, with the usual customers and <see cref="MiningSeed"/>'s results; the tests only read.</summary>
public sealed class MiningApiFixture : IAsyncLifetime
{
    internal ApiServer Server { get; } = new(_ => { }, MiningSeed.SeedAsync);

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
