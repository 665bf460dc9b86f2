using Hub.SampleData;
using Hub.SampleData.Channels;
using Hub.SampleData.Fakes;

namespace Hub.Server.Demo;

/// <summary>
/// The four sample channels of the demo, as the real plugins meet them: a call center's Asterisk CDR file on disk,
/// a Shopify-compatible shop and a GitHub server served in-process on loopback ports, and the mobile app's Segment
/// batches, which the demo posts to the hub's own ingest endpoint. They live as long as the demo process.
/// </summary>
public sealed class DemoChannels : IAsyncDisposable
{
    private DemoChannels(string cdrFolder, int calls, FakeShop shop, FakeGitHub gitHub, IReadOnlyList<string> mobileBatches)
    {
        CdrFolder = cdrFolder;
        Calls = calls;
        Shop = shop;
        GitHub = gitHub;
        MobileBatches = mobileBatches;
    }

    /// <summary>The folder holding the call center's <c>Master.csv</c>.</summary>
    public string CdrFolder { get; }

    /// <summary>How many calls the CDR file has.</summary>
    public int Calls { get; }

    /// <summary>The sample shop.</summary>
    public FakeShop Shop { get; }

    /// <summary>The sample GitHub.</summary>
    public FakeGitHub GitHub { get; }

    /// <summary>The repository the sample GitHub community works on.</summary>
    public static string Repository => FakeGitHubSample.DefaultRepository;

    /// <summary>The mobile app's tracking traffic, as Segment batch bodies.</summary>
    public IReadOnlyList<string> MobileBatches { get; }

    /// <summary>Generates the sample of <paramref name="people"/> people and starts the channels.</summary>
    public static async Task<DemoChannels> StartAsync(string dataDirectory, int people, CancellationToken cancellationToken)
    {
        var generator = new SampleDataGenerator(new SampleDataOptions(people));
        var cdrFolder = Path.Combine(dataDirectory, "demo", "callcenter");
        var calls = CdrSample.Write(generator.People(), Path.Combine(cdrFolder, "Master.csv"), generator.Options);
        var shop = await FakeShop.StartAsync(FakeShopData.FromSample(generator), cancellationToken: cancellationToken);
        // Generous limits: the demo may be re-run and its hub may sync again while it serves.
        var gitHub = await FakeGitHub.StartAsync(rateLimit: 1_000_000, cancellationToken);
        FakeGitHubSample.Fill(gitHub.Store, generator);
        var batches = SegmentSample.Batches(generator.People(), generator.Options).ToList();
        return new DemoChannels(cdrFolder, calls, shop, gitHub, batches);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Shop.DisposeAsync();
        await GitHub.DisposeAsync();
    }
}
