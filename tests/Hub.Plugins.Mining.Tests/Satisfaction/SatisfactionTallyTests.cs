using Hub.Plugins.Mining.Satisfaction;

namespace Hub.Plugins.Mining.Tests.Satisfaction;

public sealed class SatisfactionTallyTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CallAnswers_5_4_3_1_GiveCsat50()
    {
        var tally = SatisfactionTally.Of([.. new[] { 5, 4, 3, 1 }.Select(s => new SurveyAnswer(At, SurveyKind.Csat, s))]);

        Assert.Equal(50, tally.Csat);
        Assert.Null(tally.Nps);
    }

    [Fact]
    public void NpsAnswers_10_9_8_6_0_GiveNps0()
    {
        var tally = SatisfactionTally.Of([.. new[] { 10, 9, 8, 6, 0 }.Select(s => new SurveyAnswer(At, SurveyKind.Nps, s))]);

        Assert.Equal(0, tally.Nps);
        Assert.Null(tally.Csat);
    }

    [Fact]
    public void NpsAnswers_10_10_7_3_GiveNps25()
    {
        var tally = SatisfactionTally.Of([.. new[] { 10, 10, 7, 3 }.Select(s => new SurveyAnswer(At, SurveyKind.Nps, s))]);

        Assert.Equal(25, tally.Nps);
    }
}
