namespace Hub.Contracts;

/// <summary>What a pushed body held, and what to answer once it is stored.</summary>
/// <param name="Records">The records to store.</param>
/// <param name="ResponseJson">The JSON body of the 200 answer the sender expects, e.g. <c>{"success":true}</c>.</param>
public sealed record PushResult(IReadOnlyList<SourceRecord> Records, string ResponseJson)
{
    /// <summary>Items of the body that could not become records; quarantined with their reasons.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; init; } = [];
}
