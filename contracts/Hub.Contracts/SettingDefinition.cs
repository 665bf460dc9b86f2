namespace Hub.Contracts;

/// <summary>Declares one setting a connector instance takes.</summary>
/// <param name="Name">The key used with <c>--set name=value</c>.</param>
/// <param name="Description">One line shown by <c>hub plugins</c> and in errors.</param>
/// <param name="Required">Whether an instance is refused without it.</param>
/// <param name="Secret">Whether listings and logs must never print it.</param>
/// <param name="Type">How the value is checked when an instance is added.</param>
/// <param name="Default">The value used when it is not set.</param>
public sealed record SettingDefinition(
    string Name,
    string Description,
    bool Required = false,
    bool Secret = false,
    SettingType Type = SettingType.Text,
    string? Default = null);
