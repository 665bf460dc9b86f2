namespace Hub.Identity.Tests;

public sealed class NumberingTests
{
    [Fact]
    public void New_customers_are_numbered_above_the_highest_number_in_order_of_their_oldest_record()
    {
        var outcome = Some.Resolver().Resolve(
            [Some.Record(30, email: "c@x.io"), Some.Record(10, email: "a@x.io"), Some.Record(20, email: "b@x.io"), Some.Record(11, email: "a@x.io")], 100);

        Assert.Equal(101, outcome.CustomerOfRecord[10]);
        Assert.Equal(101, outcome.CustomerOfRecord[11]);
        Assert.Equal(102, outcome.CustomerOfRecord[20]);
        Assert.Equal(103, outcome.CustomerOfRecord[30]);
        Assert.Equal([101L, 102L, 103L], outcome.Customers.Select(c => c.Number));
    }

    [Fact]
    public void Resolving_again_with_the_numbers_it_gave_changes_nothing()
    {
        var records = new[]
        {
            Some.Record(1, email: "a@x.io"), Some.Record(2, email: "A@x.io", phone: "+14155550100"), Some.Record(3, phone: "(415) 555-0100"),
            Some.Record(4, email: "b@x.io"), Some.Record(5, externalId: "E1"), Some.Record(6, externalId: "E1"),
        };
        var resolver = Some.Resolver();
        var first = resolver.Resolve(records, 0);

        var second = resolver.Resolve(Some.WithNumbers(records, first), 3);

        Assert.Equal(first.CustomerOfRecord.OrderBy(p => p.Key), second.CustomerOfRecord.OrderBy(p => p.Key));
        Assert.Equal(first.Customers, second.Customers, (a, b) => a.Number == b.Number && a.RecordCount == b.RecordCount && a.Email == b.Email);
    }

    [Fact]
    public void When_a_new_record_merges_two_customers_the_larger_one_keeps_its_number()
    {
        var records = new List<Hub.Core.Model.StoredCustomerRecord>
        {
            Some.Record(1, email: "small@x.io", number: 7),
            Some.Record(2, phone: "+8613800138000", number: 3),
            Some.Record(3, phone: "+86 138 0013 8000", number: 3),
            Some.Record(4, email: "bridge@x.io", phone: "13800138000", country: "CN", number: 3),
        };
        records.Add(Some.Record(5, email: "SMALL@x.io", phone: "+8613800138000"));

        var outcome = Some.Resolver().Resolve(records, 7);

        var customer = Assert.Single(outcome.Customers);
        Assert.Equal(3, customer.Number);
        Assert.All(records, r => Assert.Equal(3, outcome.CustomerOfRecord[r.RowId]));
    }

    [Fact]
    public void When_two_equal_customers_merge_the_smaller_number_survives()
    {
        var outcome = Some.Resolver().Resolve(
            [Some.Record(1, email: "a@x.io", number: 9), Some.Record(2, externalId: "K", number: 4), Some.Record(3, email: "a@x.io", externalId: "K")], 9);

        Assert.Equal(4, Assert.Single(outcome.Customers).Number);
    }

    [Fact]
    public void When_a_customer_splits_the_largest_part_keeps_the_number_and_the_rest_get_new_ones()
    {
        // The three records used to be one customer (say, linked by a record since deleted); now only two still link.
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, email: "solo@x.io", number: 5),
            Some.Record(2, email: "pair@x.io", number: 5),
            Some.Record(3, email: "pair@x.io", number: 5),
        ], 12);

        Assert.Equal(5, outcome.CustomerOfRecord[2]);
        Assert.Equal(5, outcome.CustomerOfRecord[3]);
        Assert.Equal(13, outcome.CustomerOfRecord[1]);
    }

    [Fact]
    public void A_number_never_goes_to_two_customers_even_when_both_parts_are_the_same_size()
    {
        var outcome = Some.Resolver().Resolve([Some.Record(1, email: "a@x.io", number: 2), Some.Record(2, email: "b@x.io", number: 2)], 2);

        Assert.Equal(2, outcome.CustomerOfRecord[1]);
        Assert.Equal(3, outcome.CustomerOfRecord[2]);
    }

    [Fact]
    public void A_customer_holding_several_old_numbers_keeps_the_one_most_of_its_records_had()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, externalId: "X", number: 1),
            Some.Record(2, externalId: "X", number: 8),
            Some.Record(3, externalId: "X", number: 8),
        ], 8);

        Assert.Equal(8, Assert.Single(outcome.Customers).Number);
    }
}
