using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Pipeline.Tests;

public sealed class ResolutionTriggerTests
{
    [Fact]
    public async Task A_burst_of_requests_while_a_resolution_runs_queues_exactly_one_more()
    {
        var resolver = new GatedResolver();
        await using var trigger = new ResolutionTrigger(
            new ResolutionService(new EmptyIdentityStore(), new EmptyDecisionStore(), resolver, TestMeterFactory.SyncMetrics(), NullLogger<ResolutionService>.Instance), NullLogger<ResolutionTrigger>.Instance);

        trigger.Request();
        await resolver.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        for (var i = 0; i < 50; i++) trigger.Request();
        resolver.Release.SetResult();
        await trigger.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(2, resolver.Calls);
    }

    [Fact]
    public async Task A_request_after_the_last_resolution_finished_starts_a_new_one()
    {
        var resolver = new GatedResolver();
        resolver.Release.SetResult();
        await using var trigger = new ResolutionTrigger(
            new ResolutionService(new EmptyIdentityStore(), new EmptyDecisionStore(), resolver, TestMeterFactory.SyncMetrics(), NullLogger<ResolutionService>.Instance), NullLogger<ResolutionTrigger>.Instance);

        trigger.Request();
        await trigger.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        trigger.Request();
        await trigger.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(2, resolver.Calls);
    }

    /// <summary>Counts resolutions; the first one waits until the test releases it.</summary>
    private sealed class GatedResolver : IIdentityResolver
    {
        private int _calls;

        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public ResolutionOutcome Resolve(ResolutionRequest request)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                FirstStarted.SetResult();
                Release.Task.Wait(TimeSpan.FromSeconds(10));
            }

            return new ResolutionOutcome(new Dictionary<long, long>(), []);
        }
    }

    private sealed class EmptyDecisionStore : IDecisionStore
    {
        public Task<IdentityDecision> AppendAsync(IdentityDecision decision, CancellationToken cancellationToken) => Task.FromResult(decision);

        public Task<IReadOnlyList<IdentityDecision>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<IdentityDecision>>([]);
    }

    private sealed class EmptyIdentityStore : IIdentityStore
    {
        public Task<IReadOnlyList<StoredCustomerRecord>> LoadCustomerRecordsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StoredCustomerRecord>>([]);

        public Task<long> GetMaxCustomerNumberAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

        public Task<long> CountErasuresAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

        public Task<long> GetResolutionGenerationAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

        public Task<long> SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken) => Task.FromResult(0L);

        public Task<IdentityModelSnapshot?> LoadModelAsync(CancellationToken cancellationToken) => Task.FromResult<IdentityModelSnapshot?>(null);

        public Task<IdentityModelSnapshot?> LoadModelAsync(int version, CancellationToken cancellationToken) =>
            Task.FromResult<IdentityModelSnapshot?>(null);

        public Task<IReadOnlyList<LinkEvidence>> LoadLinksAsync(long customerNumber, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<LinkEvidence>>([]);

        public Task<PendingRecords> LoadPendingRecordsAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new PendingRecords([], [], 0));

    }
}
