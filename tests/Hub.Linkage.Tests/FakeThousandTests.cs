using Hub.Testing;
namespace Hub.Linkage.Tests;

/// <summary>Splink's fake_1000 through the CLI, judged against the simplest rule a CRM already has: same e-mail, same customer.</summary>
public sealed class FakeThousandTests
{
    // Many true matches there have a changed or missing e-mail; an engine that uses names, birth dates and cities
    // has to find clearly more of them than the e-mail rule does.
    private const double RequiredLeadOverEmailRule = 0.10;

    [Fact]
    public async Task Resolves_clearly_better_than_matching_on_exact_email_alone()
    {
        var data = new FakeThousand(BenchmarkData.File("splink/fake_1000.csv"));
        using var pipeline = new HubPipeline();
        var truth = data.Truth();

        await pipeline.ImportAsync(data.WriteImportCopy(pipeline.WorkFolder), FakeThousand.Source, FakeThousand.Map);
        var hub = LinkageReport.Score("fake1000", await pipeline.ResolveAsync(), truth, PairScope.AllPairs);
        var emailRule = LinkageScore.Compute(data.ExactEmailClusters(), truth, PairScope.AllPairs);
        TestContext.Current.TestOutputHelper?.WriteLine(emailRule.Describe("fake1000 exact-email rule"));

        Assert.True(hub.F1 >= emailRule.F1 + RequiredLeadOverEmailRule,
            $"fake1000 pairwise F1 {hub.F1:0.000} does not beat the exact-email rule's {emailRule.F1:0.000} by {RequiredLeadOverEmailRule}");
    }
}
