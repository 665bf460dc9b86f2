using System.Runtime.CompilerServices;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Mining.Tests;

// The snapshot's hand-over between the one read of the store and the miners reading it: the store's side is covered by the
// storage tests, so the read here is a source the test controls, to hold it at a chosen customer.
public sealed class MiningSnapshotTests
{
    private static CancellationToken Ct => MiningHub.Ct;

    private static readonly DateOnly AsOf = new(2025, 3, 31);

    [Fact]
    public async Task A_miner_gets_the_customers_read_so_far_while_the_rest_is_still_being_read()
    {
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Released by the test at its 8,000th customer; after 10 s by itself, so a snapshot that held every customer back
        // until the read ended fails the assertion below instead of hanging.
        var snapshot = MiningSnapshot.Start(new HeldSource(10_000, Task.WhenAny(rest.Task, Task.Delay(TimeSpan.FromSeconds(10), Ct)), 5), AsOf, Ct);

        var seen = new List<string>();
        await foreach (var customer in snapshot.ReadAsync(Ct))
        {
            seen.Add(customer.CustomerId);
            if (seen.Count != 8_000) continue;
            Assert.False(snapshot.Loaded.IsCompleted);
            rest.SetResult();
        }

        Assert.Equal(Enumerable.Range(1, 10_005).Select(n => $"cus_{n}"), seen);
        Assert.Equal(10_005, (await snapshot.Loaded).Customers);

        // A miner that starts after the read has ended gets every customer too, from the first.
        var again = 0;
        await foreach (var _ in snapshot.ReadAsync(Ct)) again++;
        Assert.Equal(10_005, again);
    }

    [Fact]
    public async Task A_read_that_fails_fails_every_miner_reading_it_with_its_error()
    {
        var snapshot = MiningSnapshot.Start(new HeldSource(5_000, Task.FromException(new IOException("disk gone")), 1), AsOf, Ct);

        var first = await Assert.ThrowsAsync<IOException>(async () => { await foreach (var _ in snapshot.ReadAsync(Ct)) { } });
        var second = await Assert.ThrowsAsync<IOException>(async () => { await foreach (var _ in snapshot.ReadAsync(Ct)) { } });

        Assert.Equal("disk gone", first.Message);
        Assert.Same(first, second);
        await Assert.ThrowsAsync<IOException>(() => snapshot.Loaded);
    }

    // Customers 1..before, then waits for the rest to be released, then after more customers.
    private sealed class HeldSource(int before, Task release, int after) : IMiningActivitySource
    {
        public async IAsyncEnumerable<CustomerActivity> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var n = 1; n <= before; n++) yield return Customer(n);
            await release.WaitAsync(cancellationToken);
            for (var n = before + 1; n <= before + after; n++) yield return Customer(n);
        }

        private static CustomerActivity Customer(int number) => new($"cus_{number}", CustomerKind.Person, [], []);
    }
}
