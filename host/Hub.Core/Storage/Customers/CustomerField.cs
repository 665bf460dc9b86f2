namespace Hub.Core.Storage.Customers;

/// <summary>A field of the golden customer that customers can be filtered or ordered by.</summary>
public enum CustomerField
{
    /// <summary>The customer number (the id's digits).</summary>
    Id,
    DisplayName,
    GivenName,
    FamilyName,
    Email,
    Phone,
    Street,
    City,
    Postcode,
    Country,
    BirthDate,
    Company,
    Kind,
    RecordCount,
    FirstOrderAt,
    LastOrderAt,
    OrderCount,
    FirstInteractionAt,
    LastInteractionAt,
    InteractionCount,

    /// <summary>The RFM segment of the current rfm run.</summary>
    RfmSegment,

    /// <summary>The customer-pyramid tier of the current keyaccounts run.</summary>
    Tier,

    /// <summary>The key-account score (0–100) of the current keyaccounts run.</summary>
    KeyAccountScore,

    /// <summary>The 12-month customer lifetime value of the current clv run.</summary>
    ClvValue,

    /// <summary>The probability the customer is alive (0–1) of the current clv run.</summary>
    ProbabilityAlive,

    /// <summary>CSAT (0–100) of the current satisfaction run.</summary>
    Csat,

    /// <summary>NPS (−100–100) of the current satisfaction run.</summary>
    Nps,

    /// <summary>Filter only: a source the customer has a record from.</summary>
    Source,
}

/// <summary>How a condition compares a field with its values.</summary>
public enum FilterOperator
{
    Eq,
    In,
    Contains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,

    /// <summary>With the value true: the field has no value; false: it has one.</summary>
    IsNull,
}
