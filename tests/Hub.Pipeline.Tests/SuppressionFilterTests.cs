using Hub.Contracts;
using Hub.Core.Model;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;

namespace Hub.Pipeline.Tests;

/// <summary>Which incoming records belong to an erased person: Wang Wei, shop:c4, wang@example.cn, +86 138 0013 8000.</summary>
public sealed class SuppressionFilterTests
{
    private static readonly SuppressionKeys Keys = new("US");

    private static readonly SuppressionFilter Filter = new(
        Keys.Of(new ErasableRecord("shop", "c4", "Wang Wei", "wang@example.cn", "0086 138 0013 8000", "CN")), Keys);

    private static readonly DateTimeOffset At = new(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("shop", "c4", null, null, null)]
    [InlineData("crm", "k9", " WANG@Example.CN ", null, null)]
    [InlineData("crm", "k9", null, "+86 13800138000", null)]
    [InlineData("crm", "k9", null, "138 0013 8000", "China")]
    public void A_customer_with_the_erased_key_e_mail_or_phone_in_any_spelling_is_suppressed(
        string source, string sourceId, string? email, string? phone, string? country) =>
        Assert.True(Filter.Suppresses(source, new CustomerRecord { SourceId = sourceId, Email = email, Phone = phone, Country = country }));

    [Theory]
    [InlineData("crm", "c4", null, null)]
    [InlineData("shop", "c40", "wang.wei@example.cn", null)]
    [InlineData("shop", "c5", null, "+86 138 0013 8001")]
    public void Another_source_with_the_same_id_or_another_e_mail_or_phone_is_not(string source, string sourceId, string? email, string? phone) =>
        Assert.False(Filter.Suppresses(source, new CustomerRecord { SourceId = sourceId, Email = email, Phone = phone, Country = "CN" }));

    [Fact]
    public void Orders_interactions_and_events_of_the_erased_record_are_suppressed_and_others_are_not()
    {
        Assert.True(Filter.Suppresses("shop", new OrderRecord { OrderId = "o1", CustomerSourceId = "c4", OrderedAt = At, Amount = 1m, Currency = "CNY" }));
        Assert.True(Filter.Suppresses("shop", new InteractionRecord { InteractionId = "i1", CustomerSourceId = "c4", OccurredAt = At, Channel = "phone" }));
        Assert.True(Filter.Suppresses("shop", new EventRecord { EventId = "e1", CustomerSourceId = "c4", OccurredAt = At, Name = "login" }));
        Assert.False(Filter.Suppresses("shop", new OrderRecord { OrderId = "o2", CustomerSourceId = "c5", OrderedAt = At, Amount = 1m, Currency = "CNY" }));
        Assert.False(Filter.Suppresses("crm", new OrderRecord { OrderId = "o3", CustomerSourceId = "c4", OrderedAt = At, Amount = 1m, Currency = "CNY" }));
    }

    [Fact]
    public void A_prepared_batch_leaves_suppressed_records_out_of_both_the_store_and_the_quarantine_and_counts_them()
    {
        var batch = new RecordBatch(
        [
            new CustomerRecord { SourceId = "c4", FullName = new string('x', 5000) },
            new CustomerRecord { SourceId = "c5", FullName = "Li Na" },
            new OrderRecord { OrderId = "o1", CustomerSourceId = "c4", OrderedAt = At, Amount = 1m, Currency = "CNY" },
        ], Checkpoint.Start)
        {
            // Rows the connector could not read: the one holding the erased e-mail goes nowhere, the other to quarantine.
            Rejected =
            [
                new RejectedRecord("customers", "7", "c44,Wang Wei,WANG@example.cn,19710231", "bad birth date"),
                new RejectedRecord("customers", "8", "c45,Zhang San,zhang@example.cn,19710231", "bad birth date"),
            ],
        };

        var prepared = new BatchPreparer(new RecordValidator()).Prepare(batch, runId: 1, connectorId: null, "shop", Filter);

        Assert.Equal("c5", Assert.IsType<CustomerRecord>(Assert.Single(prepared.Records)).SourceId);
        Assert.Equal("8", Assert.Single(prepared.Quarantined).Position);
        Assert.Equal((3L, 5L), (prepared.Suppressed, prepared.Read));
    }

    [Fact]
    public void The_list_never_holds_an_identifier_itself()
    {
        var suppressions = Keys.Of(new ErasableRecord("shop", "c4", "Wang Wei", "wang@example.cn", "+86 138 0013 8000", "CN")).ToList();

        Assert.Equal([SuppressionKind.Record, SuppressionKind.Email, SuppressionKind.Phone], suppressions.Select(s => s.Kind));
        Assert.All(suppressions, s => Assert.Matches("^[0-9a-f]{64}$", s.Hash));
    }
}
