using System.Text.Json;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Sqlite;

/// <summary>The append-only identity decision log in <c>identity_decisions</c>.</summary>
internal sealed class SqliteDecisionStore(SqliteConnectionFactory connections, TimeProvider time) : IDecisionStore
{
    public async Task<IdentityDecision> AppendAsync(IdentityDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var at = time.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO identity_decisions (kind, records, apart, customer_number, field, value, reason, actor, created_at) " +
            "VALUES ($kind, $records, $apart, $customer, $field, $value, $reason, $actor, $at) RETURNING id;";
        command.Parameters.AddWithValue("$kind", decision.Kind.ToString());
        command.Parameters.AddWithValue("$records", Refs(decision.Records));
        command.Parameters.AddWithValue("$apart", Refs(decision.Apart));
        command.Parameters.AddWithValue("$customer", (object?)decision.CustomerNumber ?? DBNull.Value);
        command.Parameters.AddWithValue("$field", (object?)decision.Field ?? DBNull.Value);
        command.Parameters.AddWithValue("$value", (object?)decision.Value ?? DBNull.Value);
        command.Parameters.AddWithValue("$reason", decision.Reason);
        command.Parameters.AddWithValue("$actor", decision.Actor);
        command.Parameters.AddWithValue("$at", IsoText.Timestamp(at));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return decision with { Id = id, At = at };
    }

    public async Task<IReadOnlyList<IdentityDecision>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, kind, records, apart, customer_number, field, value, reason, actor, created_at FROM identity_decisions ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var decisions = new List<IdentityDecision>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(new IdentityDecision
            {
                Id = reader.GetInt64(0),
                Kind = Enum.Parse<DecisionKind>(reader.GetString(1)),
                Records = ReadRefs(reader.GetString(2)),
                Apart = ReadRefs(reader.GetString(3)),
                CustomerNumber = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                Field = reader.IsDBNull(5) ? null : reader.GetString(5),
                Value = reader.IsDBNull(6) ? null : reader.GetString(6),
                Reason = reader.GetString(7),
                Actor = reader.GetString(8),
                At = IsoText.ParseTimestamp(reader.GetString(9)),
            });
        }

        return decisions;
    }

    // Stored as ["source:id", ...], the form operators type.
    private static string Refs(IReadOnlyList<RecordRef> refs) => JsonSerializer.Serialize(refs.Select(r => r.ToString()));

    private static List<RecordRef> ReadRefs(string json) =>
        (JsonSerializer.Deserialize<List<string>>(json) ?? [])
        .Select(text => RecordRef.TryParse(text, out var r) ? r : throw new InvalidDataException($"stored decision names '{text}', which is not SOURCE:ID"))
        .ToList();
}
