namespace Hub.Linkage.Tests;

/// <summary>The scorer on clusterings small enough to count by hand, and against brute-force pair enumeration.</summary>
public sealed class LinkageScoreTests
{
    private const double Tolerance = 1e-12;

    // Six records of three people: A has three records, B two, C one; so 3 + 1 = 4 true pairs.
    private static readonly Dictionary<RecordKey, string> ThreePeople = Labels(
        ("a1", "A"), ("a2", "A"), ("a3", "A"), ("b1", "B"), ("b2", "B"), ("c1", "C"));

    [Fact]
    public void A_perfect_clustering_scores_one_everywhere()
    {
        var predicted = Labels(("a1", "x"), ("a2", "x"), ("a3", "x"), ("b1", "y"), ("b2", "y"), ("c1", "z"));

        var score = LinkageScore.Compute(predicted, ThreePeople, PairScope.AllPairs);

        Assert.Equal((4L, 4L, 4L), (score.PredictedPairs, score.TruePairs, score.CorrectPairs));
        Assert.Equal(1, score.F1, Tolerance);
        Assert.Equal(1, score.BCubedF1, Tolerance);
        Assert.Equal((6, 3, 3), (score.Records, score.PredictedClusters, score.TrueClusters));
    }

    [Fact]
    public void Merging_everything_finds_every_pair_at_low_precision()
    {
        var predicted = ThreePeople.ToDictionary(p => p.Key, _ => "all");

        var score = LinkageScore.Compute(predicted, ThreePeople, PairScope.AllPairs);

        // 6 records make 15 pairs, of which the 4 true ones are correct.
        Assert.Equal((15L, 4L), (score.PredictedPairs, score.CorrectPairs));
        Assert.Equal(4.0 / 15, score.Precision, Tolerance);
        Assert.Equal(1, score.Recall, Tolerance);
        Assert.Equal(2 * (4.0 / 15) / (4.0 / 15 + 1), score.F1, Tolerance);
        // Per record, the share of its cluster that is really its person: 3 x 3/6 + 2 x 2/6 + 1 x 1/6, over 6 records.
        Assert.Equal(14.0 / 36, score.BCubedPrecision, Tolerance);
        Assert.Equal(1, score.BCubedRecall, Tolerance);
    }

    [Fact]
    public void Linking_nothing_is_never_wrong_but_finds_nothing()
    {
        var predicted = ThreePeople.ToDictionary(p => p.Key, p => p.Key.SourceId);

        var score = LinkageScore.Compute(predicted, ThreePeople, PairScope.AllPairs);

        Assert.Equal(0, score.PredictedPairs);
        Assert.Equal(1, score.Precision, Tolerance);
        Assert.Equal(0, score.Recall, Tolerance);
        Assert.Equal(0, score.F1, Tolerance);
        // Per record, the share of its person it was put with: 3 x 1/3 + 2 x 1/2 + 1 x 1, over 6 records.
        Assert.Equal(1, score.BCubedPrecision, Tolerance);
        Assert.Equal(0.5, score.BCubedRecall, Tolerance);
    }

    [Fact]
    public void A_split_and_a_false_merge_cost_recall_and_precision()
    {
        // A is split in two and its third record is wrongly put with C.
        var predicted = Labels(("a1", "x"), ("a2", "x"), ("a3", "w"), ("b1", "y"), ("b2", "y"), ("c1", "w"));

        var score = LinkageScore.Compute(predicted, ThreePeople, PairScope.AllPairs);

        Assert.Equal((3L, 4L, 2L), (score.PredictedPairs, score.TruePairs, score.CorrectPairs));
        Assert.Equal(2.0 / 3, score.Precision, Tolerance);
        Assert.Equal(0.5, score.Recall, Tolerance);
        Assert.Equal(4.0 / 7, score.F1, Tolerance);
    }

    [Fact]
    public void Linkage_between_files_ignores_pairs_within_one_file()
    {
        // Two people appear once in each file; in file x, x3 and x4 are different people wrongly merged, and x5 and
        // x6 are one person left apart. Neither within-file pair may count when linking the files.
        var truth = new Dictionary<RecordKey, string>
        {
            [new("x", "1")] = "p1", [new("y", "1")] = "p1",
            [new("x", "2")] = "p2", [new("y", "2")] = "p2",
            [new("x", "3")] = "p3", [new("x", "4")] = "p4",
            [new("x", "5")] = "p5", [new("x", "6")] = "p5",
        };
        var predicted = new Dictionary<RecordKey, string>
        {
            [new("x", "1")] = "c1", [new("y", "1")] = "c1",
            [new("x", "2")] = "c2", [new("y", "2")] = "c2",
            [new("x", "3")] = "c3", [new("x", "4")] = "c3",
            [new("x", "5")] = "c5", [new("x", "6")] = "c6",
        };

        var linkage = LinkageScore.Compute(predicted, truth, PairScope.CrossSource);
        var dedup = LinkageScore.Compute(predicted, truth, PairScope.AllPairs);

        Assert.Equal((2L, 2L, 2L), (linkage.PredictedPairs, linkage.TruePairs, linkage.CorrectPairs));
        Assert.Equal(1, linkage.F1, Tolerance);
        Assert.Equal((3L, 3L, 2L), (dedup.PredictedPairs, dedup.TruePairs, dedup.CorrectPairs));
        Assert.Equal(2.0 / 3, dedup.F1, Tolerance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pair_counts_equal_those_of_enumerating_every_pair(bool acrossSourcesOnly)
    {
        // A bool, not the PairScope itself: theory parameters of a public test must be public types.
        var scope = acrossSourcesOnly ? PairScope.CrossSource : PairScope.AllPairs;
        var random = new Random(20240517);
        var records = Enumerable.Range(0, 300).Select(i => new RecordKey("s" + random.Next(3), i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var truth = records.ToDictionary(r => r, _ => "t" + random.Next(60));
        var predicted = records.ToDictionary(r => r, _ => "p" + random.Next(40));

        var score = LinkageScore.Compute(predicted, truth, scope);

        long predictedPairs = 0, truePairs = 0, correctPairs = 0;
        for (var i = 0; i < records.Count; i++)
        {
            for (var j = i + 1; j < records.Count; j++)
            {
                if (scope == PairScope.CrossSource && records[i].Source == records[j].Source) continue;
                var samePredicted = predicted[records[i]] == predicted[records[j]];
                var sameTrue = truth[records[i]] == truth[records[j]];
                if (samePredicted) predictedPairs++;
                if (sameTrue) truePairs++;
                if (samePredicted && sameTrue) correctPairs++;
            }
        }

        Assert.Equal((predictedPairs, truePairs, correctPairs), (score.PredictedPairs, score.TruePairs, score.CorrectPairs));
    }

    [Fact]
    public void Refuses_a_clustering_that_lacks_records_of_the_truth()
    {
        var predicted = ThreePeople.Where(p => p.Key.SourceId != "c1").ToDictionary(p => p.Key, p => p.Value);

        var error = Assert.Throws<ArgumentException>(() => LinkageScore.Compute(predicted, ThreePeople, PairScope.AllPairs));

        Assert.Contains("t/c1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_the_figures_in_one_line()
    {
        var score = LinkageScore.Compute(ThreePeople, ThreePeople, PairScope.AllPairs);

        Assert.Equal(
            "demo: precision 1.000 recall 1.000 F1 1.000 (B-cubed F1 1.000), 6 records, 3 customers (truth 3 entities); " +
            "pairs 4 correct of 4 predicted, 4 true",
            score.Describe("demo"));
    }

    private static Dictionary<RecordKey, string> Labels(params (string Id, string Label)[] records) =>
        records.ToDictionary(r => new RecordKey("t", r.Id), r => r.Label);
}
