using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>What one call became: an interaction and its customer, or the reason it could not become either.</summary>
internal readonly record struct CallConversion(InteractionRecord? Interaction, CustomerRecord? Customer, string? Reason)
{
    public static CallConversion Rejected(string reason) => new(null, null, reason);
}
