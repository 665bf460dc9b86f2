using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Scheduling.Tests;

public sealed class AddHubSchedulingTests
{
    [Fact]
    public void An_unknown_time_zone_is_refused_when_the_hub_is_composed_with_a_hint()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddHubScheduling("hub.db", o => o.TimeZoneId = "Mars/Olympus_Mons"));

        Assert.Contains("Mars/Olympus_Mons", error.Message);
        Assert.Contains("Europe/Berlin", error.Message);
    }

    [Fact]
    public void A_zero_reconcile_interval_is_refused()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddHubScheduling("hub.db", o => o.ReconcileInterval = TimeSpan.Zero));

        Assert.Contains("reconcile interval", error.Message);
    }

    [Fact]
    public void A_hub_composed_without_a_sync_runner_is_refused_before_anything_is_scheduled()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, Args = [] });
        builder.Services.AddSingleton<IConnectorStore>(new InMemoryConnectorStore());
        builder.Services.AddHubScheduling(Path.Combine(Path.GetTempPath(), "never-created.db"));

        var error = Assert.ThrowsAny<Exception>(() => builder.Build());

        Assert.Contains("ISyncRunner", error.ToString());
    }

    [Fact]
    public async Task Cron_schedules_are_read_in_the_configured_time_zone()
    {
        await using var hub = TestHub.Create();
        var host = await hub.StartAsync(
            new InMemoryConnectorStore(Some.Connector("tokyo", "0 9 * * *")),
            new RecordingSyncRunner(),
            o => o.TimeZoneId = "Asia/Tokyo");

        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(host)).Count == 1, TimeSpan.FromSeconds(5)));

        var schedule = Assert.Single(await TestHub.SchedulesOf(host));
        Assert.Equal("Asia/Tokyo", schedule.TimeZoneId);
        // 09:00 in Tokyo (UTC+9, no daylight saving) is midnight UTC.
        Assert.Equal(TimeSpan.Zero, schedule.NextFireTime!.Value.UtcDateTime.TimeOfDay);
    }
}
