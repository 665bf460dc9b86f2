using Hub.Plugins.Mining.Rfm;

namespace Hub.Plugins.Mining.Tests.Rfm;

public sealed class QuintilesTests
{
    [Fact]
    public void DistinctValues_TwoPerQuintile_ScoreOneToFive()
    {
        var quintiles = Quintiles.Of([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

        Assert.Equal(new byte[] { 5, 5, 4, 4, 3, 3, 2, 2, 1, 1 }, quintiles.Scores);
        Assert.Equal(new double?[] { 3, 5, 7, 9 }, quintiles.Boundaries);
    }

    [Fact]
    public void TiedValues_ShareTheScoreOfTheLowestRankInTheTie()
    {
        // Six one-order customers take ranks 0-5 of 10: all score 1; the value 2 starts at rank 6, so 1 + ⌊5·6/10⌋ = 4.
        var quintiles = Quintiles.Of([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]);

        Assert.Equal(new byte[] { 1, 1, 1, 1, 1, 1, 4, 4, 5, 5 }, quintiles.Scores);
        Assert.Equal(new double?[] { 2, 2, 2, 4 }, quintiles.Boundaries);
    }

    [Fact]
    public void AllEqual_EveryoneScoresOne_AndNoBoundaryExists()
    {
        var quintiles = Quintiles.Of([7, 7, 7]);

        Assert.All(quintiles.Scores, s => Assert.Equal(1, s));
        Assert.All(quintiles.Boundaries, b => Assert.Null(b));
    }
}
