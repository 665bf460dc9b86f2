using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class IdentifyTests
{
    [Fact]
    public void Reserved_traits_become_customer_fields_and_the_rest_are_kept_as_attributes()
    {
        var result = Segment.Receive("v1/identify", """
            {
              "userId": "u-1001",
              "traits": {
                "email": "li.na@example.cn", "phone": "+86 138 0013 8000", "name": "Li Na", "firstName": "Na", "lastName": "Li",
                "address": { "street": "1 Nanjing Rd", "city": "Shanghai", "postalCode": "200001", "country": "CN", "state": "SH" },
                "birthday": "1990-05-17T00:00:00+08:00",
                "company": { "name": "Initech", "industry": "software" },
                "plan": "premium", "friendCount": 29
              },
              "timestamp": "2025-03-01T08:30:00Z"
            }
            """);

        var customer = Assert.IsType<CustomerRecord>(Assert.Single(result.Records));
        Assert.Equal(("u-1001", "segment-user:u-1001", CustomerKind.Person), (customer.SourceId, customer.ExternalId, customer.Kind));
        Assert.Equal(("li.na@example.cn", "+86 138 0013 8000"), (customer.Email, customer.Phone));
        Assert.Equal(("Li Na", "Na", "Li"), (customer.FullName, customer.GivenName, customer.FamilyName));
        Assert.Equal(("1 Nanjing Rd", "Shanghai", "200001", "CN"), (customer.Street, customer.City, customer.Postcode, customer.Country));
        Assert.Equal(new DateOnly(1990, 5, 17), customer.BirthDate);
        Assert.Equal("Initech", customer.Company);
        Assert.Equal("premium", customer.Attributes["plan"]);
        Assert.Equal("29", customer.Attributes["friendCount"]);
        Assert.Equal("SH", customer.Attributes["address.state"]);
        Assert.Equal("software", customer.Attributes["company.industry"]);
        Assert.Equal(DateTimeOffset.Parse("2025-03-01T08:30:00Z", System.Globalization.CultureInfo.InvariantCulture), customer.UpdatedAt);
        Assert.Equal("v1/identify", customer.Position);
        Assert.Equal(SegmentConnector.SuccessJson, result.ResponseJson);
    }

    [Fact]
    public void A_company_sent_as_text_is_the_company()
    {
        var result = Segment.Receive("v1/identify", """{ "userId": "u-2", "traits": { "company": "Globex" } }""");

        Assert.Equal("Globex", Assert.IsType<CustomerRecord>(Assert.Single(result.Records)).Company);
    }

    [Fact]
    public void A_visitor_known_only_by_device_is_an_anonymous_customer_without_an_external_id()
    {
        var result = Segment.Receive("v1/identify", """{ "anonymousId": "dev-7", "traits": { "email": "guest@example.com" } }""");

        var visitor = Assert.IsType<CustomerRecord>(Assert.Single(result.Records));
        Assert.Equal(("anon:dev-7", null, "guest@example.com"), (visitor.SourceId, visitor.ExternalId, visitor.Email));
    }

    [Fact]
    public void Identifying_a_visitor_as_a_user_gives_both_profiles_the_same_external_id_so_resolution_links_them()
    {
        var result = Segment.Receive("v1/identify", """{ "userId": "u-1001", "anonymousId": "dev-7", "traits": { "email": "li.na@example.cn" } }""");

        var records = result.Records.Cast<CustomerRecord>().ToDictionary(r => r.SourceId);
        Assert.Equal(["anon:dev-7", "u-1001"], records.Keys.Order());
        Assert.All(records.Values, r => Assert.Equal("segment-user:u-1001", r.ExternalId));
        Assert.All(records.Values, r => Assert.Equal("li.na@example.cn", r.Email));
        Assert.Equal("dev-7", records["u-1001"].Attributes["anonymousId"]);
        Assert.Equal("u-1001", records["anon:dev-7"].Attributes["userId"]);
    }

    [Fact]
    public void A_birthday_that_is_not_a_date_is_kept_as_an_attribute_with_a_warning()
    {
        var result = Segment.Receive("v1/identify", """{ "userId": "u-3", "traits": { "birthday": "next spring" } }""");

        var customer = Assert.IsType<CustomerRecord>(Assert.Single(result.Records));
        Assert.Null(customer.BirthDate);
        Assert.Equal("next spring", customer.Attributes["birthday"]);
        Assert.Contains(customer.Warnings, w => w.Contains("next spring", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numeric_user_id_is_read_as_written()
    {
        var result = Segment.Receive("v1/identify", """{ "userId": 42, "traits": {} }""");

        Assert.Equal("42", Assert.IsType<CustomerRecord>(Assert.Single(result.Records)).SourceId);
    }
}
