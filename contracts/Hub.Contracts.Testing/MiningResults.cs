using System.Globalization;

namespace Hub.Contracts.Testing;

/// <summary>
/// What makes a miner's output one the hub can store and serve: the rules its mining context and store enforce (scores
/// for its customers only, under the miner's name, finite numbers) and the ranges <see cref="MiningScores"/> documents
/// for the names the hub's API reads.
/// </summary>
internal static class MiningResults
{
    private static readonly Dictionary<string, Rule> Documented = BuildDocumented();

    /// <summary>Every problem of what <paramref name="miner"/> wrote into <paramref name="context"/>, each naming the score, parameter or point.</summary>
    public static IEnumerable<string> Problems(string miner, ConformanceMiningContext context)
    {
        var prefix = miner + ".";
        var customers = context.Customers.Select(c => c.CustomerId).ToHashSet(StringComparer.Ordinal);
        foreach (var score in context.Scores)
        {
            if (score is null)
            {
                yield return "a null score was written";
                continue;
            }

            var where = $"score '{score.Name}' of '{score.CustomerId}'";
            if (score.CustomerId is null || !customers.Contains(score.CustomerId))
                yield return $"{where}: '{score.CustomerId}' is not a customer it was given; the hub refuses scores for customers it does not have";
            if (string.IsNullOrWhiteSpace(score.Name) || !score.Name.StartsWith(prefix, StringComparison.Ordinal) || score.Name.Length == prefix.Length)
                yield return $"{where}: score names must start with '{prefix}' (the miner's name); the hub refuses others, which could overwrite another miner's";
            if (score.Value is { } value && !double.IsFinite(value))
                yield return $"{where} is {Number(value)}; the hub stores only finite numbers";
            if (score.Value is null && score.Label is null)
                yield return $"{where} has neither a value nor a label; the hub reads it back as missing";
            if (score.Name is not null && Documented.TryGetValue(score.Name, out var rule) && rule.Problem(score) is { } problem)
                yield return $"{where}: {problem}";
        }

        foreach (var (name, value) in context.Parameters)
        {
            if (string.IsNullOrWhiteSpace(name)) yield return "a parameter has an empty name";
            if (!double.IsFinite(value)) yield return $"parameter '{name}' is {Number(value)}; the hub stores only finite numbers";
        }

        foreach (var point in context.Series)
        {
            if (point is null)
            {
                yield return "a null series point was written";
                continue;
            }

            var where = $"series '{point.Series}' at {point.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(point.Forecast ? " (forecast)" : "")}";
            if (string.IsNullOrWhiteSpace(point.Series)) yield return $"{where}: the series has no name";
            if (!double.IsFinite(point.Value) || point.Lower is { } l && !double.IsFinite(l) || point.Upper is { } u && !double.IsFinite(u))
                yield return $"{where}: a value or bound is not a finite number, which the hub refuses";
            else if (point is { Lower: { } lower, Upper: { } upper } && lower > upper)
                yield return $"{where}: the lower bound {Number(lower)} is above the upper bound {Number(upper)}";
        }
    }

    /// <summary>What the hub keeps of a run: the last score per customer and name, the parameters, the last point per series, period and kind.</summary>
    public static IReadOnlyList<string> Kept(ConformanceMiningContext context)
    {
        var scores = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var score in context.Scores.Where(s => s is not null))
            scores[$"score '{score.Name}' of '{score.CustomerId}'"] = Both(score.Value, score.Label);
        foreach (var (name, value) in context.Parameters) scores[$"parameter '{name}'"] = Number(value);
        foreach (var point in context.Series.Where(p => p is not null))
        {
            var key = $"series '{point.Series}' at {point.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(point.Forecast ? " (forecast)" : "")}";
            scores[key] = $"{Number(point.Value)} [{Both(point.Lower, null)}, {Both(point.Upper, null)}]";
        }

        return [.. scores.Select(pair => $"{pair.Key} = {pair.Value}")];
    }

    private static string Both(double? value, string? label) => (value, label) switch
    {
        (null, null) => "nothing",
        (null, _) => $"\"{label}\"",
        (_, null) => Number(value.Value),
        _ => $"{Number(value.Value)} \"{label}\"",
    };

    // Round trip formatting: two runs agree only if every digit does.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Dictionary<string, Rule> BuildDocumented()
    {
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal)
        {
            [MiningScores.Rfm.Recency] = Rule.Whole(1, 5),
            [MiningScores.Rfm.Frequency] = Rule.Whole(1, 5),
            [MiningScores.Rfm.Monetary] = Rule.Whole(1, 5),
            [MiningScores.Rfm.Score] = new RfmCode(),
            [MiningScores.Rfm.Segment] = Rule.OneOf("Champions", "Loyal", "Potential Loyalist", "New", "Promising", "Need Attention",
                "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"),
            [MiningScores.KeyAccounts.Tier] = Rule.OneOf("Platinum", "Gold", "Iron", "Lead"),
            [MiningScores.KeyAccounts.Score] = Rule.Between(0, 100),
            [MiningScores.KeyAccounts.Rank] = Rule.Whole(1, int.MaxValue),
            [MiningScores.Clv.ProbabilityAlive] = Rule.Between(0, 1),
            [MiningScores.Clv.Frequency] = Rule.Whole(0, int.MaxValue),
            [MiningScores.WinBack.Rank] = Rule.Whole(1, int.MaxValue),
            [MiningScores.WinBack.Reason] = Rule.AnyLabel(),
            [MiningScores.Satisfaction.Csat] = Rule.Between(0, 100),
            [MiningScores.Satisfaction.Nps] = Rule.Between(-100, 100),
            [MiningScores.Satisfaction.Trend] = Rule.OneOf("falling", "stable", "rising"),
        };
        foreach (var criterion in MiningScores.KeyAccounts.Criteria) rules[MiningScores.KeyAccounts.CriterionValue(criterion)] = Rule.Between(0, 1);
        return rules;
    }

    /// <summary>A documented rule of one score name.</summary>
    private abstract class Rule
    {
        public static Rule Between(double min, double max) => new NumberRange(min, max, whole: false);

        public static Rule Whole(double min, double max) => new NumberRange(min, max, whole: true);

        /// <summary>A label, one of <paramref name="labels"/>.</summary>
        public static Rule OneOf(params string[] labels) => new LabelSet(labels);

        /// <summary>A label with text.</summary>
        public static Rule AnyLabel() => new LabelSet([]);

        public abstract string? Problem(CustomerScore score);

        private sealed class NumberRange(double min, double max, bool whole) : Rule
        {
            public override string? Problem(CustomerScore score) => score.Value switch
            {
                null => "MiningScores documents it as a number, but it has no value",
                { } v when !double.IsFinite(v) => null,
                { } v when v < min || v > max || whole && v != Math.Round(v) =>
                    $"it is {Number(v)}; MiningScores documents {(whole ? "a whole number " : "")}{Bounds()}",
                _ => null,
            };

            private string Bounds() => max == int.MaxValue ? $"of at least {Number(min)}" : $"from {Number(min)} to {Number(max)}";
        }

        private sealed class LabelSet(string[] labels) : Rule
        {
            public override string? Problem(CustomerScore score) =>
                string.IsNullOrWhiteSpace(score.Label) ? "MiningScores documents it as a label, but it has none"
                : labels.Length > 0 && !labels.Contains(score.Label, StringComparer.Ordinal)
                    ? $"label \"{score.Label}\" is not one MiningScores documents ({string.Join(", ", labels)})"
                    : null;
        }
    }

    /// <summary><c>rfm.score</c>: value R*100 + F*10 + M with each digit 1–5, and the same digits as label.</summary>
    private sealed class RfmCode : Rule
    {
        public override string? Problem(CustomerScore score)
        {
            if (score.Value is not { } value || !double.IsFinite(value)) return score.Value is null ? "MiningScores documents it as R*100 + F*10 + M, but it has no value" : null;
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.Length != 3 || text.Any(digit => digit is < '1' or > '5'))
                return $"it is {text}; MiningScores documents R*100 + F*10 + M with each score 1–5";
            return score.Label == text ? null : $"label \"{score.Label}\" is not its value {text}, as MiningScores documents";
        }
    }
}
