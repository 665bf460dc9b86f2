using GraphQL;
using Hub.Api.Graph;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>The masking rules on their own; <see cref="PersonalDataMaskingTests"/> sees them through the API.</summary>
public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("jane@example.com", "j***@example.com")]
    [InlineData("王芳@example.cn", "王***@example.cn")]
    [InlineData("@example.com", "***@example.com")]
    [InlineData("not an address", "***")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void An_email_keeps_the_first_character_of_its_local_part_and_its_domain(string? email, string? expected) =>
        Assert.Equal(expected, PersonalData.MaskEmail(email));

    [Theory]
    [InlineData("+8613912348000", "+86*******8000")]
    [InlineData("+86 571 0000010", "+86******0010")]
    [InlineData("+1 (415) 555-0123", "+1******0123")]
    [InlineData("+44 20 7946 0958", "+44******0958")]
    [InlineData("+852 2123 4567", "+852****4567")]
    [InlineData("0571-8888 1234", "********1234")]
    [InlineData("+861234", "**1234")]
    [InlineData("123", "***")]
    [InlineData(null, null)]
    public void A_phone_shows_only_its_last_four_digits_and_an_international_numbers_country_code(string? phone, string? expected) =>
        Assert.Equal(expected, PersonalData.MaskPhone(phone));

    [Theory]
    [InlineData("310012", "3*****")]
    [InlineData("SW1A 1AA", "S*******")]
    [InlineData("7", "7*")]
    [InlineData(null, null)]
    public void A_postcode_keeps_only_its_first_character(string? postcode, string? expected) =>
        Assert.Equal(expected, PersonalData.MaskPostcode(postcode));

    [Fact]
    public void A_street_is_hidden_whole() => Assert.Equal("***", PersonalData.MaskStreet("12 Wensan Road"));

    [Fact]
    public void Without_the_pii_scope_every_kind_of_value_is_masked_and_with_it_none_is()
    {
        var masked = Context(pii: false);
        var open = Context(pii: true);

        Assert.Equal("j***@example.com", PersonalData.Email(masked, "jane@example.com"));
        Assert.Equal(["j***@example.com", "b***@example.org"], PersonalData.Emails(masked, ["jane@example.com", "bo@example.org"]));
        Assert.Equal(["+86*******8000"], PersonalData.Phones(masked, ["+8613912348000"]));
        Assert.Null(PersonalData.BirthDate(masked, new DateOnly(1990, 5, 17)));
        Assert.Equal("j***@example.com", PersonalData.DisplayName(masked, "jane@example.com"));
        Assert.Equal("Jane Doe", PersonalData.DisplayName(masked, "Jane Doe"));

        Assert.Equal("jane@example.com", PersonalData.Email(open, "jane@example.com"));
        Assert.Equal(new DateOnly(1990, 5, 17), PersonalData.BirthDate(open, new DateOnly(1990, 5, 17)));
        Assert.Equal("12 Wensan Road", PersonalData.Street(open, "12 Wensan Road"));
        Assert.Equal("310012", PersonalData.Postcode(open, "310012"));
    }

    [Theory]
    [InlineData("contact_email", "jane@example.com", "j***@example.com")]
    [InlineData("note", "write to jane@example.com", "write to jane@example.com")]
    [InlineData("login", "jane@example.com", "j***@example.com")]
    [InlineData("mobile", "+8613912348000", "+86*******8000")]
    [InlineData("HomeAddress", "12 Wensan Road", "***")]
    [InlineData("zip", "310012", "3*****")]
    [InlineData("date_of_birth", "1990-05-17", "***")]
    [InlineData("tier", "gold", "gold")]
    public void An_attribute_that_looks_personal_is_masked_like_its_canonical_field(string name, string value, string expected)
    {
        Assert.Equal(expected, PersonalData.Attribute(Context(pii: false), name, value));
        Assert.Equal(value, PersonalData.Attribute(Context(pii: true), name, value));
    }

    [Fact]
    public void A_caller_without_a_key_sees_masked_values() =>
        Assert.Equal("j***@example.com", PersonalData.Email(new ResolveFieldContext(), "jane@example.com"));

    [Theory]
    [InlineData("email")]
    [InlineData("emails")]
    [InlineData("phone")]
    [InlineData("phones")]
    [InlineData("street")]
    [InlineData("postcode")]
    [InlineData("birthDate")]
    public void Filtering_on_a_personal_field_is_refused_for_a_key_without_the_pii_scope(string field)
    {
        var error = Assert.Throws<ExecutionError>(() => PersonalData.EnsureMayFilterOn(Context(pii: false), field));

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("pii scope", error.Message, StringComparison.Ordinal);
        Assert.Contains("k-nopii", error.Message, StringComparison.Ordinal);
        PersonalData.EnsureMayFilterOn(Context(pii: true), field);
    }

    [Theory]
    [InlineData("city")]
    [InlineData("country")]
    [InlineData("displayName")]
    public void Filtering_on_other_fields_is_allowed_without_the_pii_scope(string field) =>
        PersonalData.EnsureMayFilterOn(Context(pii: false), field);

    private static ResolveFieldContext Context(bool pii) => new()
    {
        UserContext = new HubUserContext(new ApiKey(pii ? "k-pii" : "k-nopii", "hash", ApiRole.Reader, pii, DateTimeOffset.UnixEpoch)),
    };
}
