using Hub.Core.Model;
using Hub.Identity.Matching;

namespace Hub.Identity;

/// <summary>Turns a stored link back into words: each field's comparison level and what it weighed under the model that scored it.</summary>
public static class LinkExplanations
{
    /// <summary>The fields of a link, those that had values on both sides first, strongest evidence first.</summary>
    /// <param name="link">The stored link.</param>
    /// <param name="model">The model version that scored it; without it the levels are still named, with no weights.</param>
    public static IReadOnlyList<FieldEvidence> Fields(LinkEvidence link, IdentityModelSnapshot? model)
    {
        ArgumentNullException.ThrowIfNull(link);
        var parameters = model is null ? null : ModelJson.FromSnapshot(model);
        var vector = new ComparisonVector((ulong)link.Levels);
        return ComparisonLevels.Fields
            .Select(field =>
            {
                var level = vector.Level(field);
                var name = level < ComparisonLevels.Count(field) ? ComparisonLevels.Name(field, level) : $"level {level}";
                double? weight = parameters is null || level == 0 ? null : parameters.Weight(field, level);
                return new FieldEvidence(FieldName(field), name, level == 1, level != 0 && level == ComparisonLevels.Different(field), weight);
            })
            .OrderBy(f => f.Weight is null)
            .ThenByDescending(f => f.Weight ?? 0)
            .ToList();
    }

    /// <summary>Whether the link compared given and family names crosswise.</summary>
    public static bool NamesSwapped(LinkEvidence link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new ComparisonVector((ulong)link.Levels).NamesSwapped;
    }

    /// <summary>The probability a weight (log2 odds) stands for.</summary>
    public static double Probability(double weight) => double.IsPositiveInfinity(weight) ? 1 : 1 / (1 + Math.Pow(2, -weight));

    private static string FieldName(MatchField field) => field switch
    {
        MatchField.GivenName => "given_name",
        MatchField.FamilyName => "family_name",
        MatchField.BirthDate => "birth_date",
        MatchField.Email => "email",
        MatchField.Phone => "phone",
        MatchField.Street => "street",
        MatchField.City => "city",
        MatchField.Postcode => "postcode",
        _ => "external_id",
    };
}

/// <summary>One field's part in a link.</summary>
/// <param name="Field">The canonical field name.</param>
/// <param name="Level">How the two values compared, e.g. <c>exact</c> or <c>close (JW ≥ 0.92 or same sound)</c>.</param>
/// <param name="Agreed">Exact agreement.</param>
/// <param name="Disagreed">Outright disagreement.</param>
/// <param name="Weight">The level's weight in bits under the model (exact name and city agreement are further weighed by how common the value is); null when a value was missing.</param>
public sealed record FieldEvidence(string Field, string Level, bool Agreed, bool Disagreed, double? Weight);
