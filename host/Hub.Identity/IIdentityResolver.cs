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
    /// customers get numbers above <see cref="ResolutionRequest.MaxCustomerNumber"/>.
    /// </summary>
    ResolutionOutcome Resolve(ResolutionRequest request);
}
