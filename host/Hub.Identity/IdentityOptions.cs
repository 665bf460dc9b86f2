namespace Hub.Identity;

/// <summary>
/// How identity resolution reads values and decides matches. The defaults work for the canonical columns; every value can
/// be set under <c>Hub:Identity</c> in configuration.
/// </summary>
public sealed class IdentityOptions
{
    /// <summary>
    /// The ISO 3166 alpha-2 region whose dialling rules read phone numbers written without a country code, when the
    /// record's country does not say (e.g. <c>US</c> reads <c>(415) 555-0100</c>, <c>CN</c> reads <c>138 0013 8000</c>).
    /// </summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>The match probability at or above which two records are linked by the model.</summary>
    public double MatchThreshold { get; set; } = 0.95;

    /// <summary>A blocking key shared by more records than this is skipped rather than compared pair by pair.</summary>
    public int MaxBlockSize { get; set; } = 300;

    /// <summary>An e-mail, phone or external id carried by more clearly different people than this stops identifying anyone.</summary>
    public int MaxPeoplePerIdentifier { get; set; } = 3;

    /// <summary>
    /// Fields whose exact agreement links two records whatever the other fields say (subject to the guardrails), comma
    /// separated: any of <c>email</c>, <c>phone</c>, <c>external_id</c>; empty for none. (Text rather than a list, because
    /// configuration binding adds to a list's defaults instead of replacing them.)
    /// </summary>
    public string DeterministicRules { get; set; } = "email,external_id";

    /// <summary>The fields of <see cref="DeterministicRules"/>.</summary>
    public IReadOnlyList<string> DeterministicFields =>
        DeterministicRules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>How golden records choose each field's value among a customer's records (<c>Hub:Identity:Survivorship</c>).</summary>
    public SurvivorshipOptions Survivorship { get; set; } = new();

    /// <summary>Throws when a value cannot work, saying which and why.</summary>
    public void Validate()
    {
        if (MatchThreshold is <= 0 or >= 1)
            throw new ArgumentException($"Hub:Identity:MatchThreshold must be a probability between 0 and 1 (exclusive), not {MatchThreshold}");
        if (MaxBlockSize < 2) throw new ArgumentException($"Hub:Identity:MaxBlockSize must be at least 2, not {MaxBlockSize}");
        if (MaxPeoplePerIdentifier < 1)
            throw new ArgumentException($"Hub:Identity:MaxPeoplePerIdentifier must be at least 1, not {MaxPeoplePerIdentifier}");
        foreach (var field in DeterministicFields)
        {
            if (field is not ("email" or "phone" or "external_id"))
                throw new ArgumentException($"Hub:Identity:DeterministicRules may list email, phone and external_id, not '{field}'");
        }

        (Survivorship ?? throw new ArgumentException("Hub:Identity:Survivorship must not be null")).Validate();
    }
}
