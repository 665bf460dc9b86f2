using Hub.Contracts;
using Hub.Plugins.Mining.Common;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Common;

public sealed class MinerSettingsTests
{
    private static MinerSettings With(string name, string value) =>
        new(new InMemoryMiningContext(default, [], new Dictionary<string, string> { [name] = value }).Settings, "demand");

    [Fact]
    public void SettingByItsOwnName_OrPrefixedByTheMiner_IsRead()
    {
        Assert.Equal(26, With("seasonLength", "26").GetInt("seasonLength", 52, minimum: 1));
        Assert.Equal(26, With("demand.seasonLength", "26").GetInt("seasonLength", 52, minimum: 1));
        Assert.Equal(52, With("other", "26").GetInt("seasonLength", 52, minimum: 1));
    }

    [Fact]
    public void DecimalSetting_IsReadInvariantly() =>
        Assert.Equal(2.5, With("trendThreshold", "2.5").GetDouble("trendThreshold", 5));

    [Fact]
    public void BadValues_AreRejectedNamingTheSetting()
    {
        Assert.Equal("trendThreshold", Assert.Throws<InvalidSettingException>(() => With("trendThreshold", "steep").GetDouble("trendThreshold", 5)).Setting);
        Assert.Equal("demand.horizonWeeks", Assert.Throws<InvalidSettingException>(() => With("demand.horizonWeeks", "0").GetInt("horizonWeeks", 13, minimum: 1)).Setting);
    }
}
