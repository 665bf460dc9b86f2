namespace Hub.Core.Model;

/// <summary>What an API key may do; each role includes the ones before it.</summary>
public enum ApiRole
{
    /// <summary>Queries.</summary>
    Reader,
    /// <summary>Queries and sync control.</summary>
    Operator,
    /// <summary>Everything, identity corrections and key management included.</summary>
    Admin,
}
