using Hub.Pipeline.Runs;

namespace Hub.Pipeline.Tests;

public sealed class SyncOptionsTests
{
    [Fact]
    public void A_connector_with_its_own_run_timeout_gets_it_and_the_others_get_the_hubs()
    {
        var options = new SyncOptions { RunTimeout = TimeSpan.FromHours(2) };
        options.Connectors["archive"] = new ConnectorSyncOptions { RunTimeout = TimeSpan.FromHours(12) };
        options.Connectors["shop"] = new ConnectorSyncOptions();

        Assert.Equal(TimeSpan.FromHours(12), options.RunTimeoutFor("archive"));
        Assert.Equal(TimeSpan.FromHours(2), options.RunTimeoutFor("shop"));
        Assert.Equal(TimeSpan.FromHours(2), options.RunTimeoutFor("crm"));
    }

    [Fact]
    public void A_connector_with_its_own_call_timeout_gets_it_and_the_others_get_the_hubs()
    {
        var options = new SyncOptions { CallTimeout = TimeSpan.FromMinutes(10) };
        options.Connectors["slow-erp"] = new ConnectorSyncOptions { CallTimeout = TimeSpan.FromHours(1) };
        options.Connectors["shop"] = new ConnectorSyncOptions { RunTimeout = TimeSpan.FromHours(3) };

        Assert.Equal(TimeSpan.FromHours(1), options.CallTimeoutFor("slow-erp"));
        Assert.Equal(TimeSpan.FromMinutes(10), options.CallTimeoutFor("shop"));
        Assert.Equal(TimeSpan.FromMinutes(10), options.CallTimeoutFor(null));
    }

    [Fact]
    public void A_value_out_of_range_is_refused_with_its_configuration_key()
    {
        var zeroTimeout = new SyncOptions { RunTimeout = TimeSpan.Zero };
        var negativeRetries = new SyncOptions { Retry = new SyncRetryOptions { MaxRetries = -1 } };
        var connectorTimeout = new SyncOptions();
        connectorTimeout.Connectors["shop"] = new ConnectorSyncOptions { RunTimeout = TimeSpan.FromSeconds(-5) };

        Assert.StartsWith("Hub:Sync:RunTimeout ", Assert.Throws<ArgumentException>(zeroTimeout.Validate).Message, StringComparison.Ordinal);
        Assert.StartsWith("Hub:Sync:Retry:MaxRetries ", Assert.Throws<ArgumentException>(negativeRetries.Validate).Message, StringComparison.Ordinal);
        Assert.StartsWith("Hub:Sync:Connectors:shop:RunTimeout ", Assert.Throws<ArgumentException>(connectorTimeout.Validate).Message, StringComparison.Ordinal);

        var zeroCall = new SyncOptions { CallTimeout = TimeSpan.Zero };
        var endlessCall = new SyncOptions();
        endlessCall.Connectors["erp"] = new ConnectorSyncOptions { CallTimeout = TimeSpan.FromDays(30) };
        Assert.StartsWith("Hub:Sync:CallTimeout must be a positive", Assert.Throws<ArgumentException>(zeroCall.Validate).Message, StringComparison.Ordinal);
        Assert.StartsWith("Hub:Sync:Connectors:erp:CallTimeout must be at most 1.00:00:00", Assert.Throws<ArgumentException>(endlessCall.Validate).Message, StringComparison.Ordinal);
    }
}
