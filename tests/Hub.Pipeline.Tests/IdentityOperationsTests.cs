using Hub.Core;
using Hub.Core.Model;

namespace Hub.Pipeline.Tests;

/// <summary>Merge, split and overrides as the CLI and the API share them: checked input, one logged decision, resolved at once.</summary>
public sealed class IdentityOperationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_merge_in_a_running_hub_resolves_only_what_changed_and_agrees_with_a_full_resolution()
    {
        await using var hub = await IdentityHub.StartAsync(keepState: true);
        var ada = await hub.CustomerOfAsync("shop", "s1");
        var alan = await hub.CustomerOfAsync("shop", "s4");

        var change = await hub.Operations.MergeAsync([ada, alan], " same account ", "apikey:abcd1234", Ct);

        Assert.True(change.Resolution.Incremental);
        var customer = Assert.Single(change.Customers);
        Assert.Equal(ada, customer.Number);
        Assert.Equal(["crm:k1", "shop:s1", "shop:s4"], change.Records[ada].Select(r => r.ToString()).Order());
        Assert.Equal((DecisionKind.Merge, "same account", "apikey:abcd1234"), (change.Decision.Kind, change.Decision.Reason, change.Decision.Actor));
        var afterMerge = await hub.ClustersAsync();
        await hub.Resolution.ResolveAsync(full: true, Ct);
        Assert.Equal(afterMerge, await hub.ClustersAsync());
    }

    [Fact]
    public async Task In_a_one_off_process_the_resolution_reads_every_record()
    {
        await using var hub = await IdentityHub.StartAsync(keepState: false);
        var wang = await hub.CustomerOfAsync("shop", "s3");

        var change = await hub.Operations.SplitAsync(wang, [new RecordRef("crm", "k3"), new RecordRef("crm", "k3")], "two people", "ann", Ct);

        Assert.False(change.Resolution.Incremental);
        Assert.Equal(6, change.Resolution.Records);
        Assert.Equal([new RecordRef("crm", "k3")], change.Decision.Records);
        Assert.Equal([new RecordRef("shop", "s3")], change.Decision.Apart);
        Assert.Equal(2, change.Customers.Count);
        Assert.Equal([["crm:k3"], ["shop:s3"]], change.Customers.Select(c => change.Records[c.Number].Select(r => r.ToString()).ToArray()).OrderBy(r => r[0]));
    }

    [Fact]
    public async Task Setting_fields_logs_one_decision_per_field_with_the_last_value_given_winning()
    {
        await using var hub = await IdentityHub.StartAsync(keepState: true);
        var alan = await hub.CustomerOfAsync("shop", "s4");

        var change = await hub.Operations.SetFieldsAsync(alan,
            [KeyValuePair.Create("city", "Leeds"), KeyValuePair.Create("Birth_Date", "1912-06-23"), KeyValuePair.Create(" CITY ", "Cambridge")],
            "he wrote to us", "apikey:abcd1234", Ct);

        Assert.Equal([("city", "Cambridge"), ("birth_date", "1912-06-23")], change.Decisions.Select(d => (d.Field!, d.Value!)));
        Assert.All(change.Decisions, d => Assert.Equal((DecisionKind.Override, alan), (d.Kind, d.CustomerNumber!.Value)));
        var customer = Assert.Single(change.Customers);
        Assert.Equal(("Cambridge", new DateOnly(1912, 6, 23)), (customer.City, customer.BirthDate));
        Assert.Equal((FieldLineage.OperatorSource, FieldLineage.OverrideRule), (customer.Lineage["city"].Source, customer.Lineage["city"].Rule));

        var cleared = await hub.Operations.ClearFieldsAsync(alan, ["city", "city"], "the move fell through", "apikey:abcd1234", Ct);

        Assert.Equal(DecisionKind.ClearOverride, Assert.Single(cleared.Decisions).Kind);
        Assert.Equal("Manchester", Assert.Single(cleared.Customers).City);
        Assert.Equal(FieldLineage.OverrideRule, cleared.Customers[0].Lineage["birth_date"].Rule);
        Assert.Equal(3, (await hub.Decisions.ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task Mistakes_are_refused_with_what_to_do_before_anything_is_logged()
    {
        await using var hub = await IdentityHub.StartAsync(keepState: true);
        var ada = await hub.CustomerOfAsync("shop", "s1");
        var wang = await hub.CustomerOfAsync("shop", "s3");
        var before = await hub.ClustersAsync();
        var operations = hub.Operations;

        async Task Refused(Func<Task> call, string expected) =>
            Assert.Contains(expected, (await Assert.ThrowsAsync<UserFacingException>(call)).Message, StringComparison.Ordinal);

        await Refused(() => operations.MergeAsync([ada, ada], "x", "ann", Ct), "name at least two different customers");
        await Refused(() => operations.MergeAsync([ada, 999_999], "x", "ann", Ct), "there is no customer cus_999999; a later resolution may have merged it");
        await Refused(() => operations.MergeAsync([ada, wang], " ", "ann", Ct), "give a reason");
        await Refused(() => operations.SplitAsync(wang, [], "x", "ann", Ct), $"say which records to take out of cus_{wang}; its records are shop:s3, crm:k3");
        await Refused(() => operations.SplitAsync(wang, [new RecordRef("shop", "s1")], "x", "ann", Ct), $"shop:s1 is not a record of cus_{wang}");
        await Refused(() => operations.SplitAsync(wang, [new RecordRef("", "s1")], "x", "ann", Ct), "a record needs a source and a source id");
        await Refused(() => operations.SplitAsync(wang, [new RecordRef("shop", "s3"), new RecordRef("crm", "k3")], "x", "ann", Ct), "leave at least one behind");
        await Refused(() => operations.SetFieldsAsync(ada, [KeyValuePair.Create("shoe_size", "42")], "x", "ann", Ct), "is not a golden field; use one of");
        await Refused(() => operations.SetFieldsAsync(ada, [KeyValuePair.Create("email", "ada")], "x", "ann", Ct), "email must be an address");
        await Refused(() => operations.SetFieldsAsync(ada, [], "x", "ann", Ct), "say which golden fields to set");
        await Refused(() => operations.SetFieldsAsync(999_999, [KeyValuePair.Create("city", "Leeds")], "x", "ann", Ct), "there is no customer cus_999999");
        await Refused(() => operations.ClearFieldsAsync(ada, ["city"], "x", "ann", Ct), $"cus_{ada} has no override of city");

        Assert.Empty(await hub.Decisions.ListAsync(Ct));
        Assert.Equal(before, await hub.ClustersAsync());
    }
}
