using Hub.SampleData;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class SampleCommunityTests
{
    [Fact]
    public async Task Every_github_account_of_the_sample_people_is_imported_with_its_name()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var generator = new SampleDataGenerator(new SampleDataOptions(300));
        var rows = generator.People().SelectMany(p => p.Records).Where(r => r.Source == SampleSources.GitHub).ToList();
        FakeGitHubSample.Fill(github.Store, generator);

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, ("repos", FakeGitHubSample.DefaultRepository)));

        var customers = records.Customers().ToDictionary(c => c.Attributes["login"]);
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Select(r => r.SourceId).Order(), customers.Keys.Order());
        Assert.All(rows, r => Assert.Equal(r.FullName, customers[r.SourceId].FullName));
        Assert.Contains(records.Interactions(), i => i.Type == "issue-comment");
        Assert.Contains(records.Interactions(), i => i.Type == "pull-request-opened");
    }

    [Fact]
    public void The_same_options_fill_the_same_accounts_with_the_same_ids()
    {
        var first = new FakeGitHubStore();
        var second = new FakeGitHubStore();

        var a = FakeGitHubSample.Fill(first, new SampleDataGenerator(new SampleDataOptions(100)));
        var b = FakeGitHubSample.Fill(second, new SampleDataGenerator(new SampleDataOptions(100)));

        Assert.Equal(a, b);
    }
}
