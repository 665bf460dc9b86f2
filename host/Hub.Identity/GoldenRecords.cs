using Hub.Core.Model;

namespace Hub.Identity;

/// <summary>Builds a customer's golden record: per field, the most recently changed value that is not empty.</summary>
internal static class GoldenRecords
{
    /// <param name="number">The customer's number.</param>
    /// <param name="newestFirst">The customer's records, most recently changed first (row id breaking ties).</param>
    /// <param name="keys">The normalised e-mails and phones of the same records, in the same order.</param>
    public static GoldenCustomer Build(long number, IReadOnlyList<StoredCustomerRecord> newestFirst, IReadOnlyList<RecordKeys> keys)
    {
        var fullName = Newest(newestFirst, r => r.Record.FullName);
        var givenName = Newest(newestFirst, r => r.Record.GivenName);
        var familyName = Newest(newestFirst, r => r.Record.FamilyName);
        var company = Newest(newestFirst, r => r.Record.Company);
        var emails = keys.Select(k => k.Email).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var phones = keys.Select(k => k.PhoneShown).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        return new GoldenCustomer
        {
            Number = number,
            Kind = newestFirst[0].Record.Kind,
            DisplayName = DisplayNames.Compose(fullName, givenName, familyName, company, emails.FirstOrDefault()),
            GivenName = givenName,
            FamilyName = familyName,
            Email = emails.FirstOrDefault(),
            Phone = phones.FirstOrDefault(),
            Street = Newest(newestFirst, r => r.Record.Street),
            City = Newest(newestFirst, r => r.Record.City),
            Postcode = Newest(newestFirst, r => r.Record.Postcode),
            Country = Newest(newestFirst, r => r.Record.Country),
            BirthDate = newestFirst.Select(r => r.Record.BirthDate).FirstOrDefault(d => d.HasValue),
            Company = company,
            Emails = emails,
            Phones = phones,
            RecordCount = newestFirst.Count,
        };
    }

    private static string? Newest(IReadOnlyList<StoredCustomerRecord> newestFirst, Func<StoredCustomerRecord, string?> field)
    {
        foreach (var record in newestFirst)
        {
            var value = field(record);
            if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        }

        return null;
    }
}
