using System.Collections.Concurrent;

namespace Hub.Api.Tests;

/// <summary>What the API asked the customer store, so tests can see batching and lazy counting (and provoke a failure).</summary>
public sealed class QueryLog
{
    /// <summary>A customer number whose lookup throws, to see what a caller gets when the store fails.</summary>
    public const long FailingCustomerNumber = 987_654_321;

    /// <summary>The message of that failure: it must never reach a caller.</summary>
    public const string SecretFailureDetail = "disk I/O error reading /var/lib/hub/secret.db";

    private int _countCalls;

    /// <summary>The user contexts GraphQL requests ran with, newest last.</summary>
    public ConcurrentQueue<IDictionary<string, object?>> UserContexts { get; } = new();

    /// <summary>The customer numbers of every batched source-record load, in order.</summary>
    public ConcurrentQueue<IReadOnlyCollection<long>> RecordBatches { get; } = new();

    /// <summary>Every batched load of orders, interactions or identity links ("orders", "interactions", "links"), with its customer numbers, in order.</summary>
    public ConcurrentQueue<(string Kind, IReadOnlyCollection<long> Numbers)> ActivityBatches { get; } = new();

    /// <summary>Every page query of the customers connection, in order.</summary>
    public ConcurrentQueue<Hub.Core.Storage.Customers.CustomerQuery> Pages { get; } = new();

    /// <summary>How often the customers were counted.</summary>
    public int CountCalls => Volatile.Read(ref _countCalls);

    public void NoteCount() => Interlocked.Increment(ref _countCalls);
}
