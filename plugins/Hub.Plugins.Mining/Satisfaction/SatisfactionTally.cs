namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>
/// Counts answers into CSAT (share of 1–5 answers that are 4 or 5, ×100) and NPS (share of 0–10 answers that are 9–10
/// minus share that are 0–6, ×100), for a customer, a month or a segment.
/// </summary>
internal sealed class SatisfactionTally
{
    private int csatAnswers;
    private int satisfied;
    private int npsAnswers;
    private int promoters;
    private int detractors;

    public double? Csat => csatAnswers == 0 ? null : 100.0 * satisfied / csatAnswers;

    public double? Nps => npsAnswers == 0 ? null : 100.0 * (promoters - detractors) / npsAnswers;

    public static SatisfactionTally Of(IReadOnlyList<SurveyAnswer> answers)
    {
        var tally = new SatisfactionTally();
        for (var i = 0; i < answers.Count; i++) tally.Add(answers[i]);
        return tally;
    }

    public void Add(SurveyAnswer answer)
    {
        if (answer.Kind == SurveyKind.Csat)
        {
            csatAnswers++;
            if (answer.Score >= 4) satisfied++;
            return;
        }

        npsAnswers++;
        if (answer.Score >= 9) promoters++;
        else if (answer.Score <= 6) detractors++;
    }
}
