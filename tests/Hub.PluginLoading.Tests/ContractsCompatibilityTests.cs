namespace Hub.PluginLoading.Tests;

public sealed class ContractsCompatibilityTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.0")]
    [InlineData("1.0.0", "1.3.0")]
    [InlineData("1.2.5", "1.3.0")]
    [InlineData("0.1.0", "0.1.4")]
    [InlineData("0.1.3-beta", "0.1.0")]
    public void A_plugin_runs_on_a_hub_with_the_same_major_and_at_least_its_minor(string plugin, string host) =>
        Assert.Null(ContractsCompatibility.Check(plugin, Version.Parse(host)));

    [Theory]
    [InlineData("2.0.0", "1.9.0")]
    [InlineData("1.4.0", "1.3.0")]
    [InlineData("0.2.0", "0.1.0")]
    [InlineData("0.1.0", "0.2.0")]
    public void A_plugin_needing_another_major_or_a_newer_minor_is_refused_with_what_to_do(string plugin, string host)
    {
        var problem = ContractsCompatibility.Check(plugin, Version.Parse(host));
        Assert.NotNull(problem);
        Assert.Contains(plugin, problem, StringComparison.Ordinal);
        Assert.Contains("rebuild the plugin", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_that_is_not_a_version_is_refused() =>
        Assert.Contains("not a version", ContractsCompatibility.Check("latest", new Version(1, 0)), StringComparison.Ordinal);
}
