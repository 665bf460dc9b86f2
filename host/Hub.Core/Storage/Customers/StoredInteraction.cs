namespace Hub.Core.Storage.Customers;

/// <summary>An interaction (a call, a chat, a visit) as stored, with the customer it reached through the source record it names.</summary>
/// <param name="CustomerNumber">The customer of the source record the interaction names.</param>
/// <param name="Position">When it happened and its row id: its place in the customer's interactions.</param>
/// <param name="Source">The source that sent it.</param>
/// <param name="InteractionId">The interaction's id in its source.</param>
/// <param name="Channel">e.g. phone, email, chat, store.</param>
/// <param name="Type">What kind of interaction the source calls it.</param>
/// <param name="Direction">inbound or outbound, when known.</param>
/// <param name="DurationMs">How long it took, in whole milliseconds.</param>
/// <param name="Outcome">How it ended, in the source's words.</param>
/// <param name="Agent">Who handled it.</param>
/// <param name="Summary">Free text about it.</param>
/// <param name="Score">A satisfaction or quality score, when the source gives one.</param>
public sealed record StoredInteraction(
    long CustomerNumber, HistoryPosition Position, string Source, string InteractionId, string Channel, string? Type, string? Direction,
    long? DurationMs, string? Outcome, string? Agent, string? Summary, decimal? Score);
