using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

/// <summary>Small factories for stored customer records.</summary>
public static class Some
{
    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static StoredCustomerRecord Record(
        long rowId,
        string? email = null,
        string? phone = null,
        string? country = null,
        string? externalId = null,
        long? number = null,
        int changedDay = 0,
        string? fullName = null,
        string? givenName = null,
        string? familyName = null,
        string? company = null,
        string? city = null,
        DateOnly? birthDate = null,
        string? street = null,
        string? postcode = null,
        CustomerKind kind = CustomerKind.Person,
        string source = "test") => new()
    {
        RowId = rowId,
        Source = source,
        SourceId = $"s{rowId}",
        CustomerNumber = number,
        FirstSeen = Epoch,
        LastChanged = Epoch.AddDays(changedDay),
        Record = new CustomerRecord
        {
            SourceId = $"s{rowId}",
            Email = email,
            Phone = phone,
            Country = country,
            ExternalId = externalId,
            FullName = fullName,
            GivenName = givenName,
            FamilyName = familyName,
            Company = company,
            City = city,
            Street = street,
            Postcode = postcode,
            BirthDate = birthDate,
            Kind = kind,
        },
    };

    public static ProbabilisticResolver Resolver(string defaultRegion = "US") => new(new IdentityOptions { DefaultRegion = defaultRegion });

    /// <summary>Resolves with no stored model, as a first run does.</summary>
    public static ResolutionOutcome Resolve(this IIdentityResolver resolver, IReadOnlyList<StoredCustomerRecord> records, long maxCustomerNumber) =>
        resolver.Resolve(new ResolutionRequest(records, maxCustomerNumber));

    /// <summary>The records as the store would hand them back after saving the outcome.</summary>
    public static List<StoredCustomerRecord> WithNumbers(IEnumerable<StoredCustomerRecord> records, ResolutionOutcome outcome) =>
        records.Select(r => r with { CustomerNumber = outcome.CustomerOfRecord[r.RowId] }).ToList();
}
