namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>One survey answer of a customer.</summary>
internal readonly record struct SurveyAnswer(DateTimeOffset At, SurveyKind Kind, double Score)
{
    /// <summary>The answer on a common 0–100 scale, so CSAT and NPS answers can share one trend line.</summary>
    public double Normalised => Kind == SurveyKind.Csat ? (Score - 1) / 4 * 100 : Score * 10;
}
