using System.Globalization;
using Hub.Core.Model;
using Hub.Identity.Golden;

namespace Hub.Identity;

/// <summary>
/// Builds a customer's golden record: per scalar field, the value the field's survivorship rule chooses among the records
/// (or an operator's standing override), with its lineage; every distinct e-mail and phone as lists.
/// </summary>
internal static class GoldenRecords
{
    /// <param name="number">The customer's number.</param>
    /// <param name="newestFirst">The customer's records, most recently changed first (row id breaking ties).</param>
    /// <param name="keys">The normalised e-mails and phones of the same records, in the same order.</param>
    /// <param name="policy">The survivorship rule of each field.</param>
    /// <param name="overrides">The operator overrides standing for this customer, by field; null for none.</param>
    public static GoldenCustomer Build(
        long number,
        IReadOnlyList<StoredCustomerRecord> newestFirst,
        IReadOnlyList<RecordKeys> keys,
        SurvivorshipPolicy policy,
        IReadOnlyDictionary<string, IdentityDecision>? overrides = null)
    {
        var ranks = new int[newestFirst.Count];
        for (var i = 0; i < ranks.Length; i++) ranks[i] = policy.RankOf(newestFirst[i].Source);
        var lineage = new Dictionary<string, FieldLineage>(GoldenFields.All.Count, StringComparer.Ordinal);
        // Most fields of a customer come from the same record under the same rule: one lineage object serves them all, which
        // at a million customers is the difference of several hundred megabytes.
        var shared = new (string Rule, FieldLineage Lineage)?[newestFirst.Count];

        // One field: the rule's choice among the records, unless an operator's override stands.
        string? Field(string field, Func<StoredCustomerRecord, int, string?> read)
        {
            if (overrides is not null && overrides.TryGetValue(field, out var decision) && Overridden(field, decision) is { } value)
            {
                lineage[field] = new FieldLineage(FieldLineage.OperatorSource, decision.Id.ToString(CultureInfo.InvariantCulture), decision.At, FieldLineage.OverrideRule);
                return value;
            }

            var values = new string?[newestFirst.Count];
            for (var i = 0; i < values.Length; i++) values[i] = Trimmed(read(newestFirst[i], i));
            var rule = policy.RuleFor(field);
            var winner = Survivor.Choose(rule, values, ranks);
            if (winner < 0) return null;
            if (shared[winner] is not { } known || known.Rule != rule)
            {
                var record = newestFirst[winner];
                known = (rule, new FieldLineage(record.Source, record.SourceId, record.LastChanged, rule));
                shared[winner] = known;
            }

            lineage[field] = known.Lineage;
            return values[winner];
        }

        var fullName = Field(GoldenFields.DisplayName, (r, _) => r.Record.FullName);
        var givenName = Field(GoldenFields.GivenName, (r, _) => r.Record.GivenName);
        var familyName = Field(GoldenFields.FamilyName, (r, _) => r.Record.FamilyName);
        var company = Field(GoldenFields.Company, (r, _) => r.Record.Company);
        var email = Field(GoldenFields.Email, (_, i) => keys[i].Email);
        var phone = Field(GoldenFields.Phone, (_, i) => keys[i].PhoneShown);
        var birthDate = Field(GoldenFields.BirthDate, (r, _) => r.Record.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var emails = keys.Select(k => k.Email).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var phones = keys.Select(k => k.PhoneShown).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        return new GoldenCustomer
        {
            Number = number,
            Kind = newestFirst[0].Record.Kind,
            DisplayName = DisplayName(fullName, givenName, familyName, company, email, lineage),
            GivenName = givenName,
            FamilyName = familyName,
            Email = email,
            Phone = phone,
            Street = Field(GoldenFields.Street, (r, _) => r.Record.Street),
            City = Field(GoldenFields.City, (r, _) => r.Record.City),
            Postcode = Field(GoldenFields.Postcode, (r, _) => r.Record.Postcode),
            Country = Field(GoldenFields.Country, (r, _) => r.Record.Country),
            BirthDate = birthDate is null ? null : DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Company = company,
            // An overridden e-mail or phone the records do not carry still belongs in the list, first since it is preferred.
            Emails = WithPreferred(emails, email, StringComparer.OrdinalIgnoreCase),
            Phones = WithPreferred(phones, phone, StringComparer.Ordinal),
            RecordCount = newestFirst.Count,
            Lineage = lineage,
        };
    }

    // The display_name entry so far is the full name's (or the override's); a composed name borrows the lineage of the part it shows.
    private static string? DisplayName(
        string? fullName, string? givenName, string? familyName, string? company, string? email, Dictionary<string, FieldLineage> lineage)
    {
        if (lineage.TryGetValue(GoldenFields.DisplayName, out var chosen) && chosen.Rule == FieldLineage.OverrideRule) return fullName;
        var shown = DisplayNames.Compose(fullName, givenName, familyName, company, email);
        var part = fullName is not null ? GoldenFields.DisplayName
            : givenName is not null ? GoldenFields.GivenName
            : familyName is not null ? GoldenFields.FamilyName
            : company is not null ? GoldenFields.Company
            : email is not null ? GoldenFields.Email
            : null;
        if (part is not null) lineage[GoldenFields.DisplayName] = lineage[part];
        return shown;
    }

    // An override's value as the field holds it; null (ignored) when it cannot be one, e.g. a date that does not parse.
    private static string? Overridden(string field, IdentityDecision decision)
    {
        var value = Trimmed(decision.Value);
        if (value is null) return null;
        return field != GoldenFields.BirthDate || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : null;
    }

    private static IReadOnlyList<string> WithPreferred(List<string> values, string? preferred, StringComparer comparer)
    {
        if (preferred is null || values.Contains(preferred, comparer)) return values;
        values.Insert(0, preferred);
        return values;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
