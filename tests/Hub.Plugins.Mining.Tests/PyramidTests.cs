using Hub.Plugins.Mining.KeyAccounts;

namespace Hub.Plugins.Mining.Tests;

public sealed class PyramidTests
{
    [Fact]
    public void TenCustomers_FallIntoTiersByTheRevenueShareOfRicherCustomers()
    {
        // Total 1,000. Share made by richer customers: 0, .50, .70, .80, .88, .93, .96, .98, .99, .996.
        double[] revenues = [500, 200, 100, 80, 50, 30, 20, 10, 6, 4];

        var tiers = Pyramid.Assign(revenues, PyramidThresholds.Default);

        Tier[] expected =
        [
            Tier.Platinum,
            Tier.Gold, Tier.Gold,
            Tier.Iron, Tier.Iron, Tier.Iron,
            Tier.Lead, Tier.Lead, Tier.Lead, Tier.Lead,
        ];
        Assert.Equal(expected, tiers);
    }

    [Fact]
    public void CustomersWithEqualRevenue_ShareATier_AndCustomersWithoutRevenueAreLead()
    {
        double[] revenues = [0, 100, 100, 100, 100, -20];

        var tiers = Pyramid.Assign(revenues, PyramidThresholds.Default);

        Assert.Equal([Tier.Lead, Tier.Platinum, Tier.Platinum, Tier.Platinum, Tier.Platinum, Tier.Lead], tiers);
    }

    [Fact]
    public void Thresholds_ComeFromTheSettings()
    {
        var settings = new ListMiningContext(default, [], new Dictionary<string, string>
        {
            [PyramidThresholds.PlatinumSetting] = "0.2",
            [PyramidThresholds.GoldSetting] = "0.6",
        }).Settings;

        var thresholds = PyramidThresholds.Read(settings);
        var tiers = Pyramid.Assign([500, 200, 100, 80, 50, 30, 20, 10, 6, 4], thresholds);

        Assert.Equal(new PyramidThresholds(0.2, 0.6, 0.95), thresholds);
        Assert.Equal([Tier.Platinum, Tier.Gold, Tier.Iron], tiers.Take(3));
    }

    [Fact]
    public void ThresholdsThatDoNotRise_AreRefused()
    {
        var settings = new ListMiningContext(default, [], new Dictionary<string, string> { [PyramidThresholds.GoldSetting] = "0.3" }).Settings;

        Assert.Throws<Hub.Contracts.InvalidSettingException>(() => PyramidThresholds.Read(settings));
    }
}
