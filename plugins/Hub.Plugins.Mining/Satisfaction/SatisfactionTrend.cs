namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>
/// The direction of a customer's satisfaction: the least-squares slope of its answers (each on 0–100, see
/// <see cref="SurveyAnswer.Normalised"/>) against time, as change per 90 days, labelled by a threshold.
/// </summary>
internal readonly record struct SatisfactionTrend(double PerNinetyDays, string Label)
{
    public const string Falling = "falling";
    public const string Stable = "stable";
    public const string Rising = "rising";

    /// <summary>The trend, or null with fewer than <paramref name="minimumAnswers"/> answers or all on one moment (no slope).</summary>
    public static SatisfactionTrend? Measure(IReadOnlyList<SurveyAnswer> answers, double threshold, int minimumAnswers)
    {
        var n = answers.Count;
        if (n < Math.Max(2, minimumAnswers)) return null;
        var origin = answers[0].At;
        double sumX = 0, sumY = 0;
        for (var i = 0; i < n; i++)
        {
            sumX += (answers[i].At - origin).TotalDays;
            sumY += answers[i].Normalised;
        }

        double meanX = sumX / n, meanY = sumY / n, sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = (answers[i].At - origin).TotalDays - meanX;
            sxx += dx * dx;
            sxy += dx * (answers[i].Normalised - meanY);
        }

        if (sxx <= 0) return null;
        var perNinetyDays = sxy / sxx * 90;
        var label = perNinetyDays < -threshold ? Falling : perNinetyDays > threshold ? Rising : Stable;
        return new SatisfactionTrend(perNinetyDays, label);
    }
}
