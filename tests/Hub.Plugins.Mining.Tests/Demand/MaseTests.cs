using Hub.Plugins.Mining.Demand;

namespace Hub.Plugins.Mining.Tests.Demand;

public sealed class MaseTests
{
    [Fact]
    public void HandCase_ForecastErrorOverNaiveInSampleError()
    {
        // Naive in-sample errors |3−1|, |2−3|, |4−2| average 5/3; forecast errors 1 and 1 average 1; MASE = 0.6.
        var mase = Mase.Compute([1, 3, 2, 4], [5, 5], [4, 6], lag: 1);

        Assert.Equal(0.6, mase!.Value, precision: 12);
    }

    [Fact]
    public void SeasonalLag_ScalesBySeasonalNaiveError()
    {
        // Seasonal naive (lag 2) in-sample errors |2−1|, |5−3| average 1.5; forecast error 3; MASE = 2.
        var mase = Mase.Compute([1, 3, 2, 5], [7], [4], lag: 2);

        Assert.Equal(2, mase!.Value, precision: 12);
    }

    [Fact]
    public void ConstantTraining_HasNoScale() => Assert.Null(Mase.Compute([2, 2, 2], [3], [2], lag: 1));
}
