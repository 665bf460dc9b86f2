using Hub.Contracts;
using Hub.Plugins.Mining.Common;

namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>Gathers a customer's survey answers: post-call scores (channel <c>call</c>, 1–5) and NPS events (0–10).</summary>
internal static class SurveyAnswers
{
    public const string CallChannel = "call";

    /// <summary>Fills <paramref name="into"/> (cleared first, reused across customers to spare allocations) oldest first.</summary>
    public static void Collect(CustomerActivity customer, AsOfCutoff cutoff, List<SurveyAnswer> into)
    {
        into.Clear();
        var interactions = customer.Interactions;
        for (var i = 0; i < interactions.Count; i++)
        {
            var interaction = interactions[i];
            if (interaction.Score is not { } score || interaction.IsDeleted || !cutoff.Includes(interaction.OccurredAt)) continue;
            if (!string.Equals(interaction.Channel, CallChannel, StringComparison.OrdinalIgnoreCase)) continue;
            // The call center's survey is on 1–5; anything else is a data error, not an answer.
            if (score is < 1 or > 5) continue;
            into.Add(new SurveyAnswer(interaction.OccurredAt, SurveyKind.Csat, (double)score));
        }

        var events = customer.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var record = events[i];
            if (record.IsDeleted || !cutoff.Includes(record.OccurredAt) || !NpsAnswerReader.TryRead(record, out var nps)) continue;
            into.Add(new SurveyAnswer(record.OccurredAt, SurveyKind.Nps, nps));
        }

        // Two sources interleave in time; the trend needs them in order.
        into.Sort(static (a, b) => a.At.CompareTo(b.At));
    }
}
