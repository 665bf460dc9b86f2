using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>
/// Merges the rows of the mining snapshot's five statements into one <see cref="Contracts.CustomerActivity"/> per customer as
/// they stream: customers, their records, orders, interactions and events, each in customer-number order and each with the
/// customer number first. The engine opens the readers (one snapshot for all five) and owns them; the columns after the
/// number are the same on both engines (money and scores as decimal text).
/// </summary>
internal static class MiningActivityMerge
{
    /// <summary>The customers statement: number, kind, display name, company, country.</summary>
    public static async IAsyncEnumerable<Contracts.CustomerActivity> ReadAsync(DbDataReader customers, DbDataReader records, DbDataReader orders,
        DbDataReader interactions, DbDataReader events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var strings = new RepeatedStrings();
        var recordRows = new MergeStream(records);
        var orderRows = new MergeStream(orders);
        var interactionRows = new MergeStream(interactions);
        var eventRows = new MergeStream(events);
        while (await customers.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = customers.GetInt64(0);
            var profile = new ProfileBuilder(Text(customers, 2), Text(customers, 3), strings.FewOrNull(Text(customers, 4)), strings);
            await recordRows.ForEachOfAsync(number, profile.AddRecord, cancellationToken).ConfigureAwait(false);
            var customerOrders = new List<OrderRecord>();
            await orderRows.ForEachOfAsync(number, row => customerOrders.Add(ReadOrder(row, strings)), cancellationToken).ConfigureAwait(false);
            var customerInteractions = new List<InteractionRecord>();
            await interactionRows.ForEachOfAsync(number, row => customerInteractions.Add(profile.AddInteraction(ReadInteraction(row, strings))), cancellationToken).ConfigureAwait(false);
            var customerEvents = new List<EventRecord>();
            await eventRows.ForEachOfAsync(number, row => customerEvents.Add(ReadEvent(row, strings)), cancellationToken).ConfigureAwait(false);
            yield return new Contracts.CustomerActivity(CustomerId.Format(number), IsoText.ParseKind(customers.GetString(1)),
                Oldest(customerOrders, o => o.OrderedAt), Oldest(customerInteractions, i => i.OccurredAt))
            {
                Events = Oldest(customerEvents, e => e.OccurredAt),
                Profile = profile.Build(),
            };
        }
    }

    // customer_number, source, order_id, customer_source_id, ordered_at, amount (decimal text), currency, lines, attributes.
    private static OrderRecord ReadOrder(DbDataReader row, RepeatedStrings strings) => new()
    {
        OrderId = row.GetString(2),
        CustomerSourceId = strings.SameAsLast(row.GetString(3)),
        OrderedAt = IsoText.ParseTimestamp(row.GetString(4)),
        Amount = decimal.Parse(row.GetString(5), NumberStyles.Number, CultureInfo.InvariantCulture),
        Currency = strings.Few(row.GetString(6)),
        Lines = JsonColumns.ReadOrderLines(row.GetString(7)),
        Attributes = JsonColumns.ReadObject(row.GetString(8)),
        Position = strings.Few(row.GetString(1)),
    };

    // customer_number, source, interaction_id, customer_source_id, occurred_at, channel, type, direction, duration_ms, outcome,
    // agent, summary, score (decimal text), attributes.
    private static InteractionRecord ReadInteraction(DbDataReader row, RepeatedStrings strings) => new()
    {
        InteractionId = row.GetString(2),
        CustomerSourceId = row.GetString(3),
        OccurredAt = IsoText.ParseTimestamp(row.GetString(4)),
        Channel = strings.Few(row.GetString(5)),
        Type = strings.FewOrNull(Text(row, 6)),
        Direction = strings.FewOrNull(Text(row, 7)),
        Duration = row.IsDBNull(8) ? null : TimeSpan.FromMilliseconds(row.GetInt64(8)),
        Outcome = strings.FewOrNull(Text(row, 9)),
        Agent = Text(row, 10),
        Summary = Text(row, 11),
        Score = Text(row, 12) is { } score ? decimal.Parse(score, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
        Attributes = JsonColumns.ReadObject(row.GetString(13)),
        Position = strings.Few(row.GetString(1)),
    };

    // customer_number, source, event_id, customer_source_id, name, occurred_at, properties, attributes.
    private static EventRecord ReadEvent(DbDataReader row, RepeatedStrings strings) => new()
    {
        EventId = row.GetString(2),
        CustomerSourceId = row.GetString(3),
        Name = strings.Few(row.GetString(4)),
        OccurredAt = IsoText.ParseTimestamp(row.GetString(5)),
        PropertiesJson = Text(row, 6),
        Attributes = JsonColumns.ReadObject(row.GetString(7)),
        Position = strings.Few(row.GetString(1)),
    };

    // Oldest first; the many customers with none of a kind share one empty list instead of keeping one each.
    private static IReadOnlyList<T> Oldest<T>(List<T> records, Func<T, DateTimeOffset> at) =>
        records.Count == 0 ? [] : [.. records.OrderBy(at)];

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    /// <summary>One statement's rows, read ahead by one so the merge can see whose row comes next.</summary>
    private sealed class MergeStream(DbDataReader reader)
    {
        private bool _started;
        private bool _hasRow;

        /// <summary>Hands each row of this customer to <paramref name="add"/>; rows of customers before it (none exist but in a torn state) are skipped.</summary>
        public async ValueTask ForEachOfAsync(long number, Action<DbDataReader> add, CancellationToken cancellationToken)
        {
            if (!_started)
            {
                _started = true;
                await NextAsync(cancellationToken).ConfigureAwait(false);
            }

            while (_hasRow && reader.GetInt64(0) < number) await NextAsync(cancellationToken).ConfigureAwait(false);
            while (_hasRow && reader.GetInt64(0) == number)
            {
                add(reader);
                await NextAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        private async ValueTask NextAsync(CancellationToken cancellationToken) =>
            _hasRow = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }
}
