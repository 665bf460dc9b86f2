namespace Hub.SampleData.Fakes;

/// <summary>A customer's or an order's address, with Shopify's field names in mind (<c>address1</c>, <c>zip</c>, <c>country_code</c>).</summary>
public sealed record FakeShopAddress
{
    /// <summary>Given name of the addressee.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name of the addressee.</summary>
    public string? LastName { get; init; }

    /// <summary>The full name on the address; when null, the first and last name joined.</summary>
    public string? Name { get; init; }

    /// <summary>Company.</summary>
    public string? Company { get; init; }

    /// <summary>Street address (<c>address1</c>).</summary>
    public string? Address1 { get; init; }

    /// <summary>Apartment, suite... (<c>address2</c>).</summary>
    public string? Address2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Province or state.</summary>
    public string? Province { get; init; }

    /// <summary>Postal code (<c>zip</c>).</summary>
    public string? Zip { get; init; }

    /// <summary>ISO 3166 alpha-2 (<c>country_code</c>).</summary>
    public string? CountryCode { get; init; }

    /// <summary>Phone as typed.</summary>
    public string? Phone { get; init; }
}
