namespace Hub.Pipeline.Runs;

/// <summary>A classified sync failure.</summary>
/// <param name="Kind">Whether a retry can help.</param>
/// <param name="Message">What went wrong and, for a permanent failure, what to fix; recorded on the run.</param>
public sealed record Failure(FailureKind Kind, string Message)
{
    /// <summary>
    /// Whether nothing in the failure told what it is (no status, setting or known transient cause): possibly a bug,
    /// so it is logged with its stack trace.
    /// </summary>
    public bool Unrecognised { get; init; }
}
