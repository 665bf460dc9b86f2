namespace Hub.Contracts;

/// <summary>
/// Where a connector resumes reading. The value is opaque to the host (a cursor, a timestamp, a JSON document)
/// and is stored in the same transaction as the batch it follows.
/// </summary>
/// <param name="Value">The connector's own encoding; null means "from the beginning".</param>
public sealed record Checkpoint(string? Value)
{
    /// <summary>Read everything.</summary>
    public static Checkpoint Start { get; } = new((string?)null);

    /// <summary>Whether this is the start of the source.</summary>
    public bool IsStart => Value is null;
}
