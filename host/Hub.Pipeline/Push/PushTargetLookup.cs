namespace Hub.Pipeline.Push;

/// <summary>The instance a push is addressed to, or why it cannot take it.</summary>
/// <param name="Status">Found, or the reason it was not.</param>
/// <param name="Target">The target when found.</param>
/// <param name="Problem">What is wrong and what to do, when not found.</param>
public sealed record PushTargetLookup(PushTargetStatus Status, PushTarget? Target, string? Problem)
{
    /// <summary>The instance can take the push.</summary>
    public static PushTargetLookup Found(PushTarget target) => new(PushTargetStatus.Found, target, null);

    /// <summary>The instance cannot take the push.</summary>
    public static PushTargetLookup Refused(PushTargetStatus status, string problem) => new(status, null, problem);
}
