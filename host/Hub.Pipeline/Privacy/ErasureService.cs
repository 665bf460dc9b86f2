using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;

namespace Hub.Pipeline.Privacy;

/// <summary>
/// Erasure on request (GDPR art. 17, PIPL art. 47), the same for <c>hub forget</c> and the <c>forgetCustomer</c> mutation:
/// check the input, erase the customer's data in one store transaction with its identifiers put on the suppression list,
/// keep an audit entry without personal data, and make sure a running hub's resolver keeps nothing of the person.
/// Mistakes are <see cref="UserFacingException"/>s thrown before anything changes.
/// </summary>
public sealed class ErasureService(IErasureStore store, SuppressionKeys keys, ResolutionService resolution)
{
    /// <summary>Erases customer <paramref name="customerNumber"/> and returns the audit entry, with what was erased.</summary>
    /// <param name="customerNumber">The customer.</param>
    /// <param name="reason">Why (e.g. the request's reference); kept in the audit log, so it must not hold the person's data.</param>
    /// <param name="actor">Who erases: an operating-system user, or <c>apikey:ID</c>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Erasure> ForgetAsync(long customerNumber, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var why = string.IsNullOrWhiteSpace(reason)
            ? throw new UserFacingException("give a reason, e.g. the reference of the erasure request: it is kept in the erasure log as proof the request was carried out")
            : reason.Trim();

        var erased = await resolution.ChangeRecordsAsync(async ct =>
        {
            var result = await store.EraseAsync(customerNumber, why, actor.Trim(), records => SuppressionsOf(records, why), ct).ConfigureAwait(false)
                ?? throw new UserFacingException(
                    $"there is no customer {CustomerId.Format(customerNumber)}; it may have been merged into another or erased already " +
                    "(look its records up with 'hub export clusters', past erasures with 'hub erasures')");
            return (result.Erasure, result.ResolutionGeneration);
        }, cancellationToken).ConfigureAwait(false);
        return erased;
    }

    /// <summary>The most recent erasures, newest first.</summary>
    public Task<IReadOnlyList<Erasure>> ListAsync(int limit, CancellationToken cancellationToken) =>
        limit < 1
            ? throw new UserFacingException($"the limit must be at least 1, not {limit}")
            : store.ListAsync(limit, cancellationToken);

    // Runs inside the erasure's transaction, with the records as stored: a reason that repeats the person's identifiers
    // would keep them in the audit log, so it is refused and the transaction rolls back.
    private IReadOnlyCollection<Suppression> SuppressionsOf(IReadOnlyList<ErasableRecord> records, string reason)
    {
        foreach (var record in records)
        {
            foreach (var value in new[] { record.Email, record.Phone, record.FullName })
            {
                if (value?.Trim() is { Length: >= 3 } identifier && reason.Contains(identifier, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UserFacingException(
                        "the reason repeats the person's name, e-mail or phone, which the erasure log would then keep; " +
                        "give the request's reference or date instead");
                }
            }
        }

        return records.SelectMany(keys.Of).Distinct().ToList();
    }
}
