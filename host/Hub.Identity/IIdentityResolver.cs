using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity;

/// <summary>
/// Decides which source records are the same real customer, gives every customer a stable number and builds its
/// golden record. Pure: it reads only its arguments, so the caller owns loading and saving.
/// </summary>
public interface IIdentityResolver
{
    /// <summary>
    /// Resolves every record. Records keep the customer number they had wherever the clustering allows it; new
    /// customers get numbers above <paramref name="maxCustomerNumber"/>.
    /// </summary>
    /// <param name="records">Every customer source record with its current customer number, if any.</param>
    /// <param name="maxCustomerNumber">The highest number ever given out, so that numbers are never reused.</param>
    ResolutionOutcome Resolve(IReadOnlyList<StoredCustomerRecord> records, long maxCustomerNumber);
}
