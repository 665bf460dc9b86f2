namespace Hub.Plugins.Files;

/// <summary>A column the connector understands; every other column is kept in a record's attributes.</summary>
internal enum CanonicalField
{
    SourceId,
    FullName,
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
    ExternalId,
    Kind,
    CustomerSourceId,
    OrderId,
    OrderedAt,
    Amount,
    Currency,
}
