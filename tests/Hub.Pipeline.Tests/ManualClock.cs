namespace Hub.Pipeline.Tests;

/// <summary>A clock the test moves by hand, so hour-long push runs can be rolled over without waiting an hour.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
