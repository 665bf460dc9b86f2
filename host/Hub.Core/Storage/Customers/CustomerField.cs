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
