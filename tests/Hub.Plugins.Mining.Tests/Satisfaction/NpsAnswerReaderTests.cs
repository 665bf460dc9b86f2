using Hub.Plugins.Mining.Satisfaction;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Satisfaction;

public sealed class NpsAnswerReaderTests
{
    private static readonly DateTimeOffset At = Some.Noon(2025, 2, 1);

    [Fact]
    public void DemoSurveySubmittedEvent_IsAnNpsAnswer()
    {
        Assert.True(NpsAnswerReader.TryRead(Some.NpsAnswer(At, 9), out var score));
        Assert.Equal(9, score);
    }

    [Theory]
    [InlineData("NPS Survey", "{\"nps\": \"7\"}", 7)]
    [InlineData("Survey Answered", "{\"npsScore\": 10}", 10)]
    [InlineData("nps_answered", "{\"score\": 0}", 0)]
    public void CommonVariants_AreNpsAnswers(string name, string properties, double expected)
    {
        Assert.True(NpsAnswerReader.TryRead(Some.Event(At, name, properties), out var score));
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData("App Opened", "{\"score\": 9}")]
    [InlineData("Survey Submitted", "{\"survey\": \"csat\", \"score\": 4}")]
    [InlineData("Survey Submitted", "{\"score\": 11}")]
    [InlineData("Survey Submitted", "{\"comment\": \"great\"}")]
    [InlineData("Survey Submitted", "not json")]
    [InlineData("Survey Submitted", null)]
    public void OtherEvents_AreNotNpsAnswers(string name, string? properties) =>
        Assert.False(NpsAnswerReader.TryRead(Some.Event(At, name, properties), out _));
}
