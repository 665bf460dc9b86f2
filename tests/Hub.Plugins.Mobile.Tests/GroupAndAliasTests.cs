using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class GroupAndAliasTests
{
    [Fact]
    public void A_group_call_makes_the_account_an_organization_and_ties_the_user_to_it()
    {
        var result = Segment.Receive("v1/group", """
            { "userId": "u-1", "groupId": "acct-9", "messageId": "g-1",
              "traits": { "name": "Initech", "industry": "software", "employees": 120, "email": "it@initech.example" } }
            """);

        var organization = Assert.Single(result.Records.OfType<CustomerRecord>());
        Assert.Equal(("group:acct-9", CustomerKind.Organization, "Initech", "Initech"),
            (organization.SourceId, organization.Kind, organization.FullName, organization.Company));
        Assert.Equal(("software", "120", "it@initech.example"), (organization.Attributes["industry"], organization.Attributes["employees"], organization.Email));

        var membership = Assert.Single(result.Records.OfType<InteractionRecord>());
        Assert.Equal(("u-1", "app", "group", "joined Initech"), (membership.CustomerSourceId, membership.Channel, membership.Type, membership.Summary));
        Assert.Equal(("acct-9", "group:acct-9"), (membership.Attributes["groupId"], membership.Attributes["groupSourceId"]));
    }

    [Fact]
    public void A_group_call_without_traits_ties_the_user_but_leaves_the_account_as_it_was()
    {
        var result = Segment.Receive("v1/group", """{ "userId": "u-1", "groupId": "acct-9", "messageId": "g-2" }""");

        var membership = Assert.IsType<InteractionRecord>(Assert.Single(result.Records));
        Assert.Equal("joined group acct-9", membership.Summary);
    }

    [Fact]
    public void A_group_call_without_a_group_id_is_rejected()
    {
        var result = Segment.Receive("v1/group", """{ "userId": "u-1", "traits": { "name": "Initech" } }""");

        Assert.Empty(result.Records);
        Assert.Contains("groupId", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_links_the_previous_anonymous_profile_to_the_user_through_the_shared_external_id()
    {
        var result = Segment.Receive("v1/alias", """{ "previousId": "dev-7", "userId": "u-1001", "messageId": "a-1" }""");
        var identify = Segment.Receive("v1/identify", """{ "userId": "u-1001", "traits": {} }""");

        var link = Assert.IsType<CustomerRecord>(Assert.Single(result.Records));
        var user = Assert.IsType<CustomerRecord>(Assert.Single(identify.Records));
        Assert.Equal("anon:dev-7", link.SourceId);
        Assert.Equal(user.ExternalId, link.ExternalId);
        Assert.Equal("segment-user:u-1001", link.ExternalId);
    }

    [Fact]
    public void An_alias_without_both_ids_is_rejected()
    {
        var result = Segment.Receive("v1/alias", """{ "userId": "u-1001" }""");

        Assert.Equal("customers", Assert.Single(result.Rejected).Stream);
        Assert.Contains("previousId and userId", result.Rejected[0].Reason, StringComparison.Ordinal);
    }
}
