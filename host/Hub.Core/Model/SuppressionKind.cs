namespace Hub.Core.Model;

/// <summary>Which identifier of an erased person a suppression hash stands for.</summary>
public enum SuppressionKind
{
    /// <summary>A source record's key: its source and source id.</summary>
    Record,

    /// <summary>An e-mail address, normalised (trimmed, lower case).</summary>
    Email,

    /// <summary>A phone number in E.164.</summary>
    Phone,
}
