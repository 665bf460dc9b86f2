namespace Hub.Contracts;

/// <summary>The kind of value a setting holds; the host checks it when an instance is added.</summary>
public enum SettingType
{
    /// <summary>Any text.</summary>
    Text,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>A file or folder path.</summary>
    Path,
    /// <summary>A comma-separated list.</summary>
    List,
}
