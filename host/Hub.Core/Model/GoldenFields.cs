namespace Hub.Core.Model;

/// <summary>
/// The canonical names of a golden record's scalar fields: the keys of <see cref="GoldenCustomer.Lineage"/>, of survivorship
/// configuration and of operator overrides.
/// </summary>
public static class GoldenFields
{
    /// <summary>The name to show (survivorship chooses among the records' full names).</summary>
    public const string DisplayName = "display_name";
    /// <summary>Given name.</summary>
    public const string GivenName = "given_name";
    /// <summary>Family name.</summary>
    public const string FamilyName = "family_name";
    /// <summary>The preferred e-mail.</summary>
    public const string Email = "email";
    /// <summary>The preferred phone.</summary>
    public const string Phone = "phone";
    /// <summary>Street.</summary>
    public const string Street = "street";
    /// <summary>City.</summary>
    public const string City = "city";
    /// <summary>Postcode.</summary>
    public const string Postcode = "postcode";
    /// <summary>Country.</summary>
    public const string Country = "country";
    /// <summary>Date of birth, <c>yyyy-MM-dd</c>.</summary>
    public const string BirthDate = "birth_date";
    /// <summary>Company.</summary>
    public const string Company = "company";

    /// <summary>Every scalar golden field, in the order they are shown and exported.</summary>
    public static IReadOnlyList<string> All { get; } =
        [DisplayName, GivenName, FamilyName, Email, Phone, Street, City, Postcode, Country, BirthDate, Company];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);

    /// <summary>The field's value on <paramref name="customer"/> as text (dates as <c>yyyy-MM-dd</c>), or null.</summary>
    public static string? ValueOf(GoldenCustomer customer, string field)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return field switch
        {
            DisplayName => customer.DisplayName,
            GivenName => customer.GivenName,
            FamilyName => customer.FamilyName,
            Email => customer.Email,
            Phone => customer.Phone,
            Street => customer.Street,
            City => customer.City,
            Postcode => customer.Postcode,
            Country => customer.Country,
            BirthDate => customer.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Company => customer.Company,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a golden field"),
        };
    }
}
