using System.Net;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>Identity mutations refused: too weak a key (403) or input that cannot be right (BAD_USER_INPUT); nothing changes.</summary>
public sealed class IdentityMutationRefusalTests(IdentityApiServer hub) : IClassFixture<IdentityApiServer>
{
    public static TheoryData<string> Mutations { get; } =
    [
        """mutation { mergeCustomers(ids: ["{ada}", "{grace}"], reason: "x") { customer { id } } }""",
        """mutation { splitCustomer(id: "{wang}", records: [{ source: "crm", sourceId: "k3" }], reason: "x") { customers { id } } }""",
        """mutation { setCustomerField(id: "{alan}", field: "city", value: "Cambridge", reason: "x") { customer { id } } }""",
        """mutation { clearCustomerField(id: "{alan}", field: "city", reason: "x") { customer { id } } }""",
        """mutation { forgetCustomer(id: "{grace}", reason: "request 2024-17") { erasure { id } } }""",
        """{ erasures { id } }""",
    ];

    public static TheoryData<string, string> BadInputs { get; } = new()
    {
        { """mutation { mergeCustomers(ids: ["{ada}", "cus_999999"], reason: "x") { customer { id } } }""", "there is no customer cus_999999" },
        { """mutation { mergeCustomers(ids: ["{ada}"], reason: "x") { customer { id } } }""", "name at least two different customers" },
        { """mutation { mergeCustomers(ids: ["{ada}", "{ada}"], reason: "x") { customer { id } } }""", "name at least two different customers" },
        { """mutation { mergeCustomers(ids: ["{ada}", "ada"], reason: "x") { customer { id } } }""", "'ada' is not a customer id; customer ids look like cus_42" },
        { """mutation { mergeCustomers(ids: ["{ada}", "{grace}"], reason: "  ") { customer { id } } }""", "give a reason" },
        { """mutation { splitCustomer(id: "{wang}", records: [{ source: "shop", sourceId: "s1" }], reason: "x") { customers { id } } }""", "shop:s1 is not a record of {wang}; its records are" },
        { """mutation { splitCustomer(id: "{wang}", records: [{ source: "shop", sourceId: "s3" }, { source: "crm", sourceId: "k3" }], reason: "x") { customers { id } } }""", "leave at least one behind" },
        { """mutation { splitCustomer(id: "{wang}", records: [], reason: "x") { customers { id } } }""", "say which records to take out of {wang}" },
        { """mutation { splitCustomer(id: "cus_999999", records: [{ source: "shop", sourceId: "s1" }], reason: "x") { customers { id } } }""", "there is no customer cus_999999" },
        { """mutation { setCustomerField(id: "{alan}", field: "shoe_size", value: "42", reason: "x") { customer { id } } }""", "'shoe_size' is not a golden field; use one of display_name, given_name" },
        { """mutation { setCustomerField(id: "{alan}", field: "birth_date", value: "12/06/1912", reason: "x") { customer { id } } }""", "yyyy-MM-dd" },
        { """mutation { setCustomerField(id: "{alan}", field: "email", value: "alan", reason: "x") { customer { id } } }""", "email must be an address" },
        { """mutation { setCustomerField(id: "{alan}", field: "city", value: " ", reason: "x") { customer { id } } }""", "clear the override of city instead" },
        { """mutation { setCustomerField(id: "{alan}", field: "city", value: "Cambridge", reason: "") { customer { id } } }""", "give a reason" },
        { """mutation { clearCustomerField(id: "{alan}", field: "city", reason: "x") { customer { id } } }""", "{alan} has no override of city" },
        { """mutation { clearCustomerField(id: "{alan}", field: "shoe_size", reason: "x") { customer { id } } }""", "not a golden field" },
        { """mutation { forgetCustomer(id: "cus_999999", reason: "request 2024-17") { erasure { id } } }""", "there is no customer cus_999999" },
        { """mutation { forgetCustomer(id: "grace", reason: "request 2024-17") { erasure { id } } }""", "'grace' is not a customer id" },
        { """mutation { forgetCustomer(id: "{grace}", reason: " ") { erasure { id } } }""", "give a reason" },
        { """mutation { forgetCustomer(id: "{grace}", reason: "Grace Hopper asked us by phone") { erasure { id } } }""", "the reason repeats the person's name" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_reader_or_operator_key_gets_403_forbidden_and_nothing_is_decided(string mutation)
    {
        var before = await hub.ClustersAsync();
        foreach (var role in new[] { ApiRole.Reader, ApiRole.Operator })
        {
            var response = await hub.Server.ClientWith(await hub.Server.CreateKeyAsync(role, pii: true)).QueryAsync(await FillAsync(mutation));

            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal("FORBIDDEN", response.FirstErrorCode);
            Assert.Contains("needs a key with the admin role", Assert.Single(response.ErrorMessages), StringComparison.Ordinal);
        }

        Assert.Empty(await hub.Decisions.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, await hub.ClustersAsync());
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Input_that_cannot_be_right_is_bad_user_input_saying_what_to_do_and_nothing_is_decided(string mutation, string expected)
    {
        var before = await hub.ClustersAsync();
        var (admin, _) = await hub.AdminAsync();

        var response = await admin.QueryAsync(await FillAsync(mutation));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains(await FillAsync(expected), message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Hub.", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Text, StringComparison.Ordinal);
        Assert.Empty(await hub.Decisions.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, await hub.ClustersAsync());
    }

    // The customers' ids come from a real resolution, so the texts name them by person.
    private async Task<string> FillAsync(string text) => text
        .Replace("{ada}", await hub.CustomerOfAsync("shop", "s1"), StringComparison.Ordinal)
        .Replace("{grace}", await hub.CustomerOfAsync("shop", "s2"), StringComparison.Ordinal)
        .Replace("{wang}", await hub.CustomerOfAsync("shop", "s3"), StringComparison.Ordinal)
        .Replace("{alan}", await hub.CustomerOfAsync("shop", "s4"), StringComparison.Ordinal);
}
