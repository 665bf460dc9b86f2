namespace Hub.Scheduling.Tests;

/// <summary>One sync the runner was asked for.</summary>
public sealed record SyncCall(string ConnectorId, string Trigger, bool Full, DateTimeOffset At)
{
    public bool Cancelled { get; set; }
}
