using System.Globalization;
using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>Sample rows as the canonical records a connector hands the hub, for tests and demos that skip the CSV.</summary>
public static class SampleCustomerRecords
{
    /// <summary>
    /// The row as a <see cref="CustomerRecord"/>: its kind as the enum, a birth date that is not <c>yyyy-MM-dd</c> (a dirty
    /// row's) left out, every other value as written.
    /// </summary>
    public static CustomerRecord ToRecord(this SampleCustomerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new CustomerRecord
        {
            SourceId = row.SourceId,
            Kind = Enum.Parse<CustomerKind>(row.Kind.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            FullName = row.FullName,
            GivenName = row.GivenName,
            FamilyName = row.FamilyName,
            Email = row.Email,
            Phone = row.Phone,
            Street = row.Street,
            City = row.City,
            Postcode = row.Postcode,
            Country = row.Country,
            BirthDate = DateOnly.TryParseExact(row.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Company = row.Company,
            ExternalId = row.ExternalId,
        };
    }
}
