using Hub.Contracts;
using Hub.Pipeline.Connectors;

namespace Hub.Pipeline.Tests;

public sealed class SettingsValidatorTests
{
    private static readonly SettingDefinition[] Declared =
    [
        new("baseUrl", "The shop's address", Required: true, Type: SettingType.Url),
        new("token", "API token", Required: true, Secret: true),
        new("pageSize", "Rows per page", Type: SettingType.Integer, Default: "250"),
    ];

    [Fact]
    public void Complete_settings_pass() =>
        Assert.Empty(SettingsValidator.Validate(Declared, new Dictionary<string, string> { ["baseUrl"] = "https://shop.example", ["token"] = "t" }));

    [Fact]
    public void Every_problem_is_named_with_what_to_do()
    {
        var problems = SettingsValidator.Validate(Declared, new Dictionary<string, string>
        {
            ["baseUrl"] = "shop.example", ["pageSize"] = "many", ["tokne"] = "typo",
        });

        Assert.Contains(problems, p => p.Contains("unknown setting 'tokne'", StringComparison.Ordinal) && p.Contains("baseUrl, token, pageSize", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'token' is required", StringComparison.Ordinal) && p.Contains("--set token=", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'baseUrl' must be an absolute http(s) URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'pageSize' must be a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_defaults_fill_in_unset_values()
    {
        var settings = new DictionarySettings(new Dictionary<string, string> { ["token"] = "t" }, Declared);
        Assert.Equal("250", settings.Get("pageSize"));
        Assert.Equal(250, settings.GetInt("pageSize", 0));
    }
}
