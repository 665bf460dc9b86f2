namespace Hub.SampleData.Fakes;

/// <summary>Misbehaviour to inject into the next requests: throttling (429) and outages (503).</summary>
internal sealed class FakeShopFaults
{
    private readonly object _gate = new();
    private int _throttled;
    private TimeSpan _retryAfter;
    private int _failures;

    public void Throttle(int count, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        lock (_gate) (_throttled, _retryAfter) = (count, retryAfter);
    }

    public void Fail(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate) _failures = count;
    }

    public bool TakeFailure()
    {
        lock (_gate)
        {
            if (_failures == 0) return false;
            _failures--;
            return true;
        }
    }

    public TimeSpan? TakeThrottle()
    {
        lock (_gate)
        {
            if (_throttled == 0) return null;
            _throttled--;
            return _retryAfter;
        }
    }
}
