using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// The API as <c>hub serve</c> runs it for identity corrections: the pipeline registered, customers made by a real
/// resolution of real records (not saved directly), and the resolver keeping its state so that the mutations resolve
/// incrementally. Four people: Ada (shop:s1, crm:k1, the same e-mail), Grace (shop:s2), Wang Wei (shop:s3, crm:k3)
/// and Alan (shop:s4).
/// </summary>
public sealed class IdentityApiServer : IAsyncLifetime
{
    public IdentityApiServer() => Server = new ApiServer(services => services.AddHubPipeline(new IdentityOptions()), SeedAsync);

    public ApiServer Server { get; }

    public IDecisionStore Decisions => Server.Services.GetRequiredService<IDecisionStore>();

    public ResolutionService Resolution => Server.Services.GetRequiredService<ResolutionService>();

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    /// <summary>A client with a new admin key (pii scope, so values show unmasked) and that key's id.</summary>
    public async Task<(ApiClient Client, string KeyId)> AdminAsync()
    {
        var key = await Server.CreateKeyAsync(ApiRole.Admin, pii: true);
        return (Server.ClientWith(key), key.Split('_')[1]);
    }

    /// <summary>The id of the customer a record belongs to now.</summary>
    public async Task<string> CustomerOfAsync(string source, string sourceId)
    {
        await foreach (var row in Server.Services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(TestContext.Current.CancellationToken))
        {
            if (row.Source == source && row.SourceId == sourceId) return CustomerId.Format(row.CustomerNumber);
        }

        throw new InvalidOperationException($"{source}:{sourceId} has no customer");
    }

    /// <summary>Every record's customer, as <c>hub export clusters</c> writes it.</summary>
    public async Task<Dictionary<string, string>> ClustersAsync()
    {
        var clusters = new Dictionary<string, string>();
        await foreach (var row in Server.Services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(TestContext.Current.CancellationToken))
            clusters[$"{row.Source}:{row.SourceId}"] = CustomerId.Format(row.CustomerNumber);
        return clusters;
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var ingest = services.GetRequiredService<IIngestStore>();
        await ApiServer.IngestAsync(ingest, "shop",
        [
            Person("s1", "Ada Lovelace", "ada@example.com", "London", "GB"),
            Person("s2", "Grace Hopper", "grace@example.com", "Arlington", "US"),
            Person("s3", "Wang Wei", "wang@example.cn", "Hangzhou", "CN"),
            Person("s4", "Alan Turing", "alan@example.com", "Manchester", "GB"),
        ]);
        await ApiServer.IngestAsync(ingest, "crm",
        [
            Person("k1", "Ada L.", "ADA@example.com", null, "GB"),
            Person("k3", "王伟", "wang@example.cn", "Hangzhou", "CN"),
        ]);

        // As the web hub does: keep the engine's state, so later resolutions (the mutations') resolve only what changed.
        var resolution = services.GetRequiredService<ResolutionService>();
        resolution.KeepState = true;
        await resolution.ResolveAsync(full: true, CancellationToken.None);
    }

    private static CustomerRecord Person(string sourceId, string name, string email, string? city, string country) => new()
    {
        SourceId = sourceId,
        FullName = name,
        Email = email,
        City = city,
        Country = country,
    };
}
