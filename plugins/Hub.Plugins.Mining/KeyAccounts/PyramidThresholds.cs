using Hub.Contracts;

namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// Where the pyramid's tiers end, as shares of total revenue with customers sorted by revenue, largest first. By the
/// 20/80 rule the customers making the first 80% of revenue are the vital few: the first half of revenue makes Platinum
/// and the rest of those 80% Gold; of the remaining 20%, the customers up to 95% are Iron and the last 5% Lead.
/// </summary>
/// <param name="Platinum">Customers whose richer peers make less than this share are Platinum.</param>
/// <param name="Gold">Up to this share, Gold.</param>
/// <param name="Iron">Up to this share, Iron; beyond it, Lead.</param>
public sealed record PyramidThresholds(double Platinum, double Gold, double Iron)
{
    public const string PlatinumSetting = "keyaccounts.tier.platinum";
    public const string GoldSetting = "keyaccounts.tier.gold";
    public const string IronSetting = "keyaccounts.tier.iron";

    /// <summary>0.50 / 0.80 / 0.95.</summary>
    public static PyramidThresholds Default { get; } = new(0.5, 0.8, 0.95);

    /// <summary>The thresholds set in <paramref name="settings"/>, each defaulting on its own.</summary>
    /// <exception cref="InvalidSettingException">when one is outside (0, 1] or they do not rise.</exception>
    public static PyramidThresholds Read(ISettings settings)
    {
        var platinum = settings.GetDouble(PlatinumSetting, Default.Platinum, 0, 1);
        var gold = settings.GetDouble(GoldSetting, Default.Gold, 0, 1);
        var iron = settings.GetDouble(IronSetting, Default.Iron, 0, 1);
        if (!(platinum <= gold && gold <= iron))
        {
            throw new InvalidSettingException(GoldSetting, $"settings '{PlatinumSetting}' ≤ '{GoldSetting}' ≤ '{IronSetting}' must rise, not {platinum}, {gold}, {iron}");
        }

        return new PyramidThresholds(platinum, gold, iron);
    }

    /// <summary>The thresholds as run parameters.</summary>
    public IReadOnlyDictionary<string, double> RunParameters() => new Dictionary<string, double>
    {
        ["tiers.platinum"] = Platinum,
        ["tiers.gold"] = Gold,
        ["tiers.iron"] = Iron,
    };
}
