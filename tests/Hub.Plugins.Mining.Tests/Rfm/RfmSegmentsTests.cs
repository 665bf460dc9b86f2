using Hub.Plugins.Mining.Rfm;

namespace Hub.Plugins.Mining.Tests.Rfm;

public sealed class RfmSegmentsTests
{
    [Theory]
    [InlineData(5, 5, 5, "Champions")]
    [InlineData(3, 4, 4, "Loyal")]
    [InlineData(5, 2, 2, "Potential Loyalist")]
    [InlineData(5, 1, 1, "New")]
    [InlineData(4, 1, 1, "Promising")]
    [InlineData(3, 3, 3, "Need Attention")]
    [InlineData(3, 1, 2, "About to Sleep")]
    [InlineData(2, 4, 4, "At Risk")]
    [InlineData(1, 5, 4, "Can't Lose Them")]
    [InlineData(2, 2, 1, "Hibernating")]
    [InlineData(1, 1, 1, "Lost")]
    public void EachSegment_HasItsCell(int recency, int frequency, int monetary, string segment) =>
        Assert.Equal(segment, RfmSegments.Of(recency, frequency, monetary));

    [Fact]
    public void FrequencyMonetaryAverage_RoundsDown_SoBothMustEarnTheHigherBand() =>
        Assert.Equal(RfmSegments.Loyal, RfmSegments.Of(5, 4, 3));

    [Fact]
    public void EveryCellOfTheGrid_NamesOneOfTheElevenSegments()
    {
        var seen = new HashSet<string>();
        for (var r = 1; r <= 5; r++)
        for (var fm = 1; fm <= 5; fm++)
            seen.Add(RfmSegments.Of(r, fm, fm));

        Assert.Equal(RfmSegments.All.ToHashSet(), seen);
    }
}
