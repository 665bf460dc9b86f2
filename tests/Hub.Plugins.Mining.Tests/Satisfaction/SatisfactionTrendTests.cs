using Hub.Plugins.Mining.Satisfaction;

namespace Hub.Plugins.Mining.Tests.Satisfaction;

public sealed class SatisfactionTrendTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static List<SurveyAnswer> CallsEveryNinetyDays(params int[] scores) =>
        [.. scores.Select((s, i) => new SurveyAnswer(Start.AddDays(90 * i), SurveyKind.Csat, s))];

    [Fact]
    public void OnePointLessEveryNinetyDays_IsFalling_By25Points()
    {
        // 5, 4, 3 on the 1-5 scale are 100, 75, 50 on 0-100: −25 per 90 days.
        var trend = SatisfactionTrend.Measure(CallsEveryNinetyDays(5, 4, 3), threshold: 5, minimumAnswers: 2);

        Assert.Equal(-25, trend!.Value.PerNinetyDays, precision: 9);
        Assert.Equal(SatisfactionTrend.Falling, trend.Value.Label);
    }

    [Fact]
    public void BetterAnswersOverTime_IsRising()
    {
        var trend = SatisfactionTrend.Measure(CallsEveryNinetyDays(2, 3, 5), threshold: 5, minimumAnswers: 2);

        Assert.Equal(SatisfactionTrend.Rising, trend!.Value.Label);
    }

    [Fact]
    public void ChangeWithinTheThreshold_IsStable()
    {
        // CSAT 4 then NPS 8: 75 then 80 on 0-100, +5 per 90 days, not beyond a threshold of 10.
        var answers = new List<SurveyAnswer> { new(Start, SurveyKind.Csat, 4), new(Start.AddDays(90), SurveyKind.Nps, 8) };

        var trend = SatisfactionTrend.Measure(answers, threshold: 10, minimumAnswers: 2);

        Assert.Equal(5, trend!.Value.PerNinetyDays, precision: 9);
        Assert.Equal(SatisfactionTrend.Stable, trend.Value.Label);
    }

    [Fact]
    public void OneAnswer_HasNoTrend() =>
        Assert.Null(SatisfactionTrend.Measure(CallsEveryNinetyDays(5), threshold: 5, minimumAnswers: 2));
}
