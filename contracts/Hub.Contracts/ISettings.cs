namespace Hub.Contracts;

/// <summary>Read access to the settings of one connector instance or miner.</summary>
public interface ISettings
{
    /// <summary>The value of a setting, or null when it is not set.</summary>
    string? Get(string name);

    /// <summary>Every setting that is set.</summary>
    IReadOnlyDictionary<string, string> All { get; }
}
