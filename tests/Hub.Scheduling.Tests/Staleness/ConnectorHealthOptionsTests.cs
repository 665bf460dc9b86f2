using Hub.Scheduling.Staleness;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Scheduling.Tests.Staleness;

public sealed class ConnectorHealthOptionsTests
{
    [Theory]
    [InlineData(0, "00:00:30", "StaleAfterIntervals")]
    [InlineData(3, "00:00:00", "RefreshInterval")]
    public void A_setting_out_of_range_is_refused_when_registered_with_the_key_named(int staleAfterIntervals, string refreshInterval, string key)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddHubConnectorHealth(options =>
        {
            options.StaleAfterIntervals = staleAfterIntervals;
            options.RefreshInterval = TimeSpan.Parse(refreshInterval, System.Globalization.CultureInfo.InvariantCulture);
        }));

        Assert.Contains("Hub:Health:" + key, error.Message, StringComparison.Ordinal);
    }
}
