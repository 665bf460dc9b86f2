using Hub.Core.Model;

namespace Hub.Storage.Tests;

public abstract class DecisionStoreTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Decisions_are_appended_with_an_id_and_the_time_and_listed_back_in_order_as_made()
    {
        await using var db = await CreateDatabaseAsync();
        var merge = new IdentityDecision
        {
            Kind = DecisionKind.Merge,
            Records = [new RecordRef("shop", "c1"), new RecordRef("crm", "客户:7")],
            Reason = "same person, confirmed by phone",
            Actor = "cli:ann",
        };
        var split = new IdentityDecision { Kind = DecisionKind.Split, Records = [new RecordRef("shop", "c1")], Apart = [new RecordRef("crm", "客户:7")], Reason = "twins", Actor = "apikey:abcd" };
        var overrideEmail = new IdentityDecision { Kind = DecisionKind.Override, CustomerNumber = 7, Field = "email", Value = "ada@example.com", Reason = "her letter", Actor = "cli:ann" };

        var first = await db.Decisions.AppendAsync(merge, Ct);
        db.Clock.Advance(TimeSpan.FromTicks(12_345));
        var second = await db.Decisions.AppendAsync(split, Ct);
        var third = await db.Decisions.AppendAsync(overrideEmail, Ct);

        Assert.True(first.Id < second.Id && second.Id < third.Id);
        Assert.Equal(db.Clock.GetUtcNow(), second.At);
        var listed = await db.Decisions.ListAsync(Ct);
        Assert.Equal([first.Id, second.Id, third.Id], listed.Select(d => d.Id));
        Assert.Equal(merge.Records, listed[0].Records);
        Assert.Equal((DecisionKind.Split, split.Apart[0], second.At), (listed[1].Kind, listed[1].Apart[0], listed[1].At));
        Assert.Equal((7L, "email", "ada@example.com", "her letter"), (listed[2].CustomerNumber!.Value, listed[2].Field, listed[2].Value, listed[2].Reason));
        Assert.Empty(listed[2].Records);
    }
}

public sealed class SqliteDecisionStoreTests() : DecisionStoreTests(StorageEngine.Sqlite);

public sealed class PostgresDecisionStoreTests() : DecisionStoreTests(StorageEngine.Postgres);
