namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>Which scale a survey answer is on.</summary>
internal enum SurveyKind
{
    /// <summary>A post-call satisfaction answer, 1–5.</summary>
    Csat,

    /// <summary>A net-promoter answer, 0–10.</summary>
    Nps,
}
