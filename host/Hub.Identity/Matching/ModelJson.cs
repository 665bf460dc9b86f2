using System.Text.Json;
using Hub.Core.Model;

namespace Hub.Identity.Matching;

/// <summary>Stores a <see cref="MatchModel"/> as JSON and reads it back.</summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static IdentityModelSnapshot ToSnapshot(MatchModel model) =>
        new(model.Version, JsonSerializer.Serialize(model, Options), model.TrainedAt);

    /// <summary>The stored model, or null when it was stored by a version of the engine with other fields or levels.</summary>
    public static MatchModel? FromSnapshot(IdentityModelSnapshot snapshot)
    {
        var model = JsonSerializer.Deserialize<MatchModel>(snapshot.Json, Options);
        // Models stored before term frequencies were kept with them are retrained.
        if (model is null || model.Terms is not { Complete: true }) return null;
        foreach (var field in ComparisonLevels.Fields)
        {
            var name = field.ToString();
            if (!model.M.TryGetValue(name, out var m) || !model.U.TryGetValue(name, out var u)) return null;
            if (m.Length != ComparisonLevels.Count(field) || u.Length != m.Length) return null;
        }

        return model;
    }
}
