namespace Hub.Api;

/// <summary>
/// The operator key <c>hub serve</c> mints for the command line on its own machine (kept in a file only the hub's user
/// can read), so that changes the CLI makes through the running hub are audited as that user rather than as a key id.
/// </summary>
public sealed class LocalOperatorKey
{
    /// <summary>The id of the key, once minted; null while none is.</summary>
    public string? KeyId { get; set; }

    /// <summary>Who requests with the key are recorded as, e.g. <c>cli:ann</c>.</summary>
    public string Actor { get; set; } = $"cli:{Environment.UserName}";
}
