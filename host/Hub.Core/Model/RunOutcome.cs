namespace Hub.Core.Model;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Still going (or the process died: see <see cref="Interrupted"/>).</summary>
    Running,
    /// <summary>Read everything; bad rows, if any, are in quarantine.</summary>
    Succeeded,
    /// <summary>Stopped by an error; data up to the last checkpoint is kept.</summary>
    Failed,
    /// <summary>Cancelled by an operator or shutdown.</summary>
    Cancelled,
    /// <summary>Found still running after a restart.</summary>
    Interrupted,
    /// <summary>Stopped because it ran longer than its run timeout; data up to the last checkpoint is kept.</summary>
    TimedOut,
}
