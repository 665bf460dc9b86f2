using System.Text.Json;
using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>The append-only identity decision log in <c>identity_decisions</c> (the database refuses changes by trigger).</summary>
internal sealed class DecisionStore(IStorageConnections connections, TimeProvider time) : IDecisionStore
{
    public async Task<IdentityDecision> AppendAsync(IdentityDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var at = time.GetUtcNow();
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO identity_decisions (kind, records, apart, customer_number, field, value, reason, actor, created_at) " +
            $"VALUES (@kind, {connections.JsonParameter("records")}, {connections.JsonParameter("apart")}, @CustomerNumber, @Field, @Value, @Reason, @Actor, @at) RETURNING id;",
            new
            {
                kind = decision.Kind.ToString(),
                records = Refs(decision.Records),
                apart = Refs(decision.Apart),
                decision.CustomerNumber,
                decision.Field,
                decision.Value,
                decision.Reason,
                decision.Actor,
                at = IsoText.Timestamp(at),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return decision with { Id = id, At = at };
    }

    public async Task<IReadOnlyList<IdentityDecision>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(
            "SELECT id AS Id, kind AS Kind, records AS Records, apart AS Apart, customer_number AS CustomerNumber, field AS Field, value AS Value, " +
            "reason AS Reason, actor AS Actor, created_at AS CreatedAt FROM identity_decisions ORDER BY id;",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDecision())];
    }

    // Stored as ["source:id", ...], the form operators type.
    private static string Refs(IReadOnlyList<RecordRef> refs) => JsonSerializer.Serialize(refs.Select(r => r.ToString()));

    private static List<RecordRef> ReadRefs(string json) =>
        (JsonSerializer.Deserialize<List<string>>(json) ?? [])
        .Select(text => RecordRef.TryParse(text, out var r) ? r : throw new InvalidDataException($"stored decision names '{text}', which is not SOURCE:ID"))
        .ToList();

    private sealed class DecisionRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public string Records { get; set; } = "";
        public string Apart { get; set; } = "";
        public long? CustomerNumber { get; set; }
        public string? Field { get; set; }
        public string? Value { get; set; }
        public string Reason { get; set; } = "";
        public string Actor { get; set; } = "";
        public string CreatedAt { get; set; } = "";

        public IdentityDecision ToDecision() => new()
        {
            Id = Id,
            Kind = Enum.Parse<DecisionKind>(Kind),
            Records = ReadRefs(Records),
            Apart = ReadRefs(Apart),
            CustomerNumber = CustomerNumber,
            Field = Field,
            Value = Value,
            Reason = Reason,
            Actor = Actor,
            At = IsoText.ParseTimestamp(CreatedAt),
        };
    }
}
