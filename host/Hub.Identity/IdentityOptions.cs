namespace Hub.Identity;

/// <summary>How identity resolution reads values whose meaning depends on where the customer is.</summary>
public sealed class IdentityOptions
{
    /// <summary>
    /// The ISO 3166 alpha-2 region whose dialling rules read phone numbers written without a country code, when the
    /// record's country does not say (e.g. <c>US</c> reads <c>(415) 555-0100</c>, <c>CN</c> reads <c>138 0013 8000</c>).
    /// </summary>
    public string DefaultRegion { get; set; } = "US";
}
