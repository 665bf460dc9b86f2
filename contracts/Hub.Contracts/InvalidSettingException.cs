namespace Hub.Contracts;

/// <summary>A setting is missing or malformed; the message says which and why, and is shown to the operator as it is.</summary>
public sealed class InvalidSettingException : Exception
{
    /// <summary>Creates the exception for one setting.</summary>
    public InvalidSettingException(string setting, string message) : base(message) => Setting = setting;

    /// <summary>The name of the offending setting.</summary>
    public string Setting { get; }
}
