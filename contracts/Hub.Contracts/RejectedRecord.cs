namespace Hub.Contracts;

/// <summary>Source input that could not become a canonical record; kept in quarantine, never dropped.</summary>
/// <param name="Stream">The stream it was read for (customers, orders...).</param>
/// <param name="Position">Where it was found, e.g. <c>customers.csv row 17</c>.</param>
/// <param name="RawPayload">The input as read, so it can be fixed and retried.</param>
/// <param name="Reason">What was wrong, in words an operator can act on.</param>
public sealed record RejectedRecord(string Stream, string? Position, string RawPayload, string Reason);
