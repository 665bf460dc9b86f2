namespace Hub.Linkage.Tests;

/// <summary>What one generated person is, before any source writes it down: name, birth date, home, mobile, e-mail.</summary>
internal sealed record HardCaseProfile(
    HardCasePerson Person, HardCaseName Name, DateOnly BirthDate, HardCaseCity City, string Street, string Postcode,
    HardCasePhone Mobile, string Email)
{
    public string BirthText => BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
