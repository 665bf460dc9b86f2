using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;

namespace Hub.Pipeline.Identity;

/// <summary>
/// Operators' identity corrections (merge, split, override and clear a golden field), the same for the CLI and the API:
/// check the input, append the decision to the append-only log, resolve, and say which customers it reached. Mistakes
/// are <see cref="UserFacingException"/>s that say what was wrong and what to do, thrown before anything is logged.
/// </summary>
/// <remarks>
/// Resolution is <see cref="ResolutionService.ResolveAsync"/> without <c>full</c>: a running hub (which keeps the
/// engine's state) resolves incrementally, re-clustering the customers the new decision names; a one-off command has no
/// state and resolves every record.
/// </remarks>
public sealed class IdentityOperations(ICustomerQueries customers, IDecisionStore decisions, ResolutionService resolution)
{
    /// <summary>These customers are one, now and in every later resolution (a must-link between all their records).</summary>
    /// <param name="customerNumbers">Two or more different customers; repeats count once.</param>
    /// <param name="reason">Why, for the decision log.</param>
    /// <param name="actor">Who decides: an operating-system user, or <c>apikey:ID</c>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decision and the customer(s) the records belong to afterwards (one, unless records went away meanwhile).</returns>
    public async Task<IdentityChange> MergeAsync(IReadOnlyCollection<long> customerNumbers, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customerNumbers);
        var why = Reason(reason, actor);
        var numbers = customerNumbers.Distinct().ToList();
        if (numbers.Count < 2) throw new UserFacingException("name at least two different customers to merge, e.g. cus_12 and cus_40");

        var records = new List<RecordRef>();
        foreach (var number in numbers) records.AddRange(await RecordsOfAsync(number, cancellationToken).ConfigureAwait(false));

        var decision = await decisions.AppendAsync(new IdentityDecision
        {
            Kind = DecisionKind.Merge,
            Records = records,
            Reason = why,
            Actor = actor,
        }, cancellationToken).ConfigureAwait(false);
        return await ResolveAsync([decision], records, numbers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// These records of a customer are a customer apart from its other records, now and in every later resolution (a
    /// cannot-link between the two groups).
    /// </summary>
    /// <param name="customerNumber">The customer to split.</param>
    /// <param name="records">The records to take out: some, not all, of the customer's; repeats count once.</param>
    /// <param name="reason">Why, for the decision log.</param>
    /// <param name="actor">Who decides.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decision and the customers the customer's records belong to afterwards.</returns>
    public async Task<IdentityChange> SplitAsync(
        long customerNumber, IReadOnlyCollection<RecordRef> records, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var why = Reason(reason, actor);
        var id = CustomerId.Format(customerNumber);
        var all = await RecordsOfAsync(customerNumber, cancellationToken).ConfigureAwait(false);
        if (records.Count == 0) throw new UserFacingException($"say which records to take out of {id}; its records are {string.Join(", ", all)}");

        var taken = new List<RecordRef>();
        foreach (var record in records)
        {
            if (string.IsNullOrWhiteSpace(record.Source) || string.IsNullOrWhiteSpace(record.SourceId))
                throw new UserFacingException($"a record needs a source and a source id, e.g. shop:1042; {id}'s records are {string.Join(", ", all)}");
            if (!all.Contains(record))
                throw new UserFacingException($"{record} is not a record of {id}; its records are {string.Join(", ", all)}");
            if (!taken.Contains(record)) taken.Add(record);
        }

        var rest = all.Where(r => !taken.Contains(r)).ToList();
        if (rest.Count == 0) throw new UserFacingException($"those are all of {id}'s records; leave at least one behind");

        var decision = await decisions.AppendAsync(new IdentityDecision
        {
            Kind = DecisionKind.Split,
            Records = taken,
            Apart = rest,
            Reason = why,
            Actor = actor,
        }, cancellationToken).ConfigureAwait(false);
        return await ResolveAsync([decision], all, [customerNumber], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Golden fields of a customer take these values, whatever survivorship chooses, until cleared: one decision per
    /// field. Field names are the golden fields (<see cref="GoldenFields.All"/>, any case); a later value for the same
    /// field wins.
    /// </summary>
    /// <param name="customerNumber">The customer.</param>
    /// <param name="values">Field and value pairs, in order.</param>
    /// <param name="reason">Why the values are right, for the decision log.</param>
    /// <param name="actor">Who decides.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decisions and the customer afterwards (none when its records are gone).</returns>
    public async Task<IdentityChange> SetFieldsAsync(
        long customerNumber, IReadOnlyList<KeyValuePair<string, string>> values, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var why = Reason(reason, actor);
        var checkedValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (typed, value) in values)
        {
            var field = GoldenFieldValues.Field(typed);
            checkedValues[field] = GoldenFieldValues.Value(field, value);
        }

        if (checkedValues.Count == 0) throw new UserFacingException("say which golden fields to set and to what, e.g. email=ann@example.com");
        var (customer, records) = await CustomerAsync(customerNumber, cancellationToken).ConfigureAwait(false);
        var logged = new List<IdentityDecision>();
        foreach (var (field, value) in checkedValues)
        {
            logged.Add(await decisions.AppendAsync(Override(DecisionKind.Override, customer, records, field, value, why, actor), cancellationToken)
                .ConfigureAwait(false));
        }

        return await ResolveAsync(logged, records.Take(1).ToList(), [customer.Number], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Withdraws overrides of golden fields, so survivorship chooses their values again: one decision per field.</summary>
    /// <param name="customerNumber">The customer.</param>
    /// <param name="fields">Golden fields that are overridden now; repeats count once.</param>
    /// <param name="reason">Why the overrides no longer hold, for the decision log.</param>
    /// <param name="actor">Who decides.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decisions and the customer afterwards (none when its records are gone).</returns>
    public async Task<IdentityChange> ClearFieldsAsync(
        long customerNumber, IReadOnlyCollection<string> fields, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var why = Reason(reason, actor);
        var names = fields.Select(GoldenFieldValues.Field).Distinct().ToList();
        if (names.Count == 0) throw new UserFacingException("say which golden fields' overrides to withdraw, e.g. city");
        var (customer, records) = await CustomerAsync(customerNumber, cancellationToken).ConfigureAwait(false);
        // Clearing what is not overridden would only add noise to a log that is never pruned.
        var notOverridden = names.Where(f => customer.Lineage.GetValueOrDefault(f)?.Rule != FieldLineage.OverrideRule).ToList();
        if (notOverridden.Count > 0)
        {
            throw new UserFacingException($"{customer.Id} has no override of {string.Join(", ", notOverridden)}; the lineage of its fields shows " +
                $"which are overridden (rule 'override', e.g. in 'hub customer show {customer.Id}')");
        }

        var logged = new List<IdentityDecision>();
        foreach (var field in names)
        {
            logged.Add(await decisions.AppendAsync(Override(DecisionKind.ClearOverride, customer, records, field, null, why, actor), cancellationToken)
                .ConfigureAwait(false));
        }

        return await ResolveAsync(logged, records.Take(1).ToList(), [customer.Number], cancellationToken).ConfigureAwait(false);
    }

    private static string Reason(string? reason, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return string.IsNullOrWhiteSpace(reason)
            ? throw new UserFacingException("give a reason: every identity decision is kept in the decision log with why it was made, for whoever reads it later")
            : reason.Trim();
    }

    private static UserFacingException NoCustomer(long number) => new(
        $"there is no customer {CustomerId.Format(number)}; a later resolution may have merged it into another: " +
        "look up the customer its records belong to now (e.g. with 'hub export clusters')");

    private async Task<IReadOnlyList<RecordRef>> RecordsOfAsync(long number, CancellationToken cancellationToken)
    {
        var records = (await customers.GetRecordsOfCustomersAsync([number], cancellationToken).ConfigureAwait(false))[number].Select(Ref).ToList();
        return records.Count > 0 ? records : throw NoCustomer(number);
    }

    private async Task<(GoldenCustomer Customer, IReadOnlyList<RecordRef> Records)> CustomerAsync(long number, CancellationToken cancellationToken)
    {
        var customer = await customers.GetCustomerAsync(number, cancellationToken).ConfigureAwait(false) ?? throw NoCustomer(number);
        var records = (await customers.GetRecordsOfCustomersAsync([number], cancellationToken).ConfigureAwait(false))[number].Select(Ref).ToList();
        return (customer, records);
    }

    private static IdentityDecision Override(
        DecisionKind kind, GoldenCustomer customer, IReadOnlyList<RecordRef> records, string field, string? value, string reason, string actor) => new()
    {
        Kind = kind,
        // The records, not only the number, so the decision follows the customer when a later resolution renumbers it.
        Records = records,
        CustomerNumber = customer.Number,
        Field = field,
        Value = value,
        Reason = reason,
        Actor = actor,
    };

    // Resolves with the new decisions, then finds where the records went: usually still with the customers named (looked
    // up directly), else (a split-off part, a renumbering) by reading every record's customer.
    private async Task<IdentityChange> ResolveAsync(
        IReadOnlyList<IdentityDecision> logged, IReadOnlyList<RecordRef> records, IReadOnlyCollection<long> named, CancellationToken cancellationToken)
    {
        var summary = await resolution.ResolveAsync(full: false, cancellationToken).ConfigureAwait(false);

        var missing = records.ToHashSet();
        var numbers = new SortedSet<long>();
        foreach (var customer in await customers.GetRecordsOfCustomersAsync(named, cancellationToken).ConfigureAwait(false))
        {
            foreach (var record in customer)
            {
                if (missing.Remove(Ref(record))) numbers.Add(customer.Key);
            }
        }

        if (missing.Count > 0)
        {
            await foreach (var row in customers.ReadClustersAsync(cancellationToken).ConfigureAwait(false))
            {
                if (missing.Remove(new RecordRef(row.Source, row.SourceId))) numbers.Add(row.CustomerNumber);
                if (missing.Count == 0) break;
            }
        }

        // Records gone meanwhile (deleted at their source): whatever still carries the numbers named is the answer.
        if (numbers.Count == 0) numbers.UnionWith(named);
        var found = new List<GoldenCustomer>();
        foreach (var number in numbers)
        {
            if (await customers.GetCustomerAsync(number, cancellationToken).ConfigureAwait(false) is { } customer) found.Add(customer);
        }

        var recordsOf = await customers.GetRecordsOfCustomersAsync([.. numbers], cancellationToken).ConfigureAwait(false);
        return new IdentityChange(logged, found,
            found.ToDictionary(c => c.Number, c => (IReadOnlyList<RecordRef>)[.. recordsOf[c.Number].Select(Ref)]), summary);
    }

    private static RecordRef Ref(StoredCustomerRecord record) => new(record.Source, record.SourceId);
}
