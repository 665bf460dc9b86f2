namespace Hub.Pipeline.Runs;

/// <summary>Whether trying a failed sync again soon can help.</summary>
public enum FailureKind
{
    /// <summary>The source or the database may answer a moment later: network errors, 5xx, 408, 429, timeouts, a busy database.</summary>
    Transient,
    /// <summary>Trying again changes nothing until someone fixes something: credentials, settings, a bug.</summary>
    Permanent,
}
