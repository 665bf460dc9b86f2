using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// The hub's resolver, able to stop one full resolution after it has read the store and before it saves: the resolver is
/// called between the two, so holding it there lets a test make another node ingest, resolve or decide in that window.
/// </summary>
internal sealed class HeldResolver(IIncrementalIdentityResolver inner) : IIncrementalIdentityResolver
{
    // Long enough for any test's other node; short enough that a test whose release never comes fails instead of hanging.
    private static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(2);

    private Hold? _next;

    /// <summary>Holds the next full resolution (<see cref="Resolve"/> or <see cref="ResolveAndKeep"/>) until released.</summary>
    public Hold HoldNext()
    {
        var hold = new Hold();
        if (Interlocked.CompareExchange(ref _next, hold, null) is not null) throw new InvalidOperationException("a hold is already set");
        return hold;
    }

    public bool HasState => inner.HasState;

    public ResolutionOutcome Resolve(ResolutionRequest request)
    {
        Wait();
        return inner.Resolve(request);
    }

    public ResolutionOutcome ResolveAndKeep(ResolutionRequest request)
    {
        Wait();
        return inner.ResolveAndKeep(request);
    }

    public ResolutionOutcome? ResolveChanges(PendingRecords pending, IReadOnlyList<IdentityDecision> decisions) => inner.ResolveChanges(pending, decisions);

    public void Forget() => inner.Forget();

    private void Wait()
    {
        if (Interlocked.Exchange(ref _next, null) is not { } hold) return;
        hold.Reach();
        if (!hold.Released.Wait(MaxHold)) throw new TimeoutException("the held resolution was never released");
    }

    /// <summary>One held resolution: <see cref="Reached"/> completes once it has read everything; <see cref="Release"/> lets it go on.</summary>
    internal sealed class Hold
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ManualResetEventSlim Released { get; } = new();

        public Task Reached => _reached.Task;

        public void Reach() => _reached.TrySetResult();

        public void Release() => Released.Set();
    }
}
