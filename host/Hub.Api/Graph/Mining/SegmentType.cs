using GraphQL;
using GraphQL.Types;
using Hub.Core.Mining;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph.Mining;

internal sealed class SegmentType : ObjectGraphType<Segment>
{
    public SegmentType()
    {
        Name = "Segment";
        Description = "Customers sharing a label in the current mining results: an RFM segment (kind rfm) or a customer-pyramid tier (kind tier).";
        Field(s => s.Name).Description("The label, e.g. Champions or Gold.");
        Field(s => s.Kind).Description("rfm or tier.");
        Field<NonNullGraphType<IntGraphType>, long>("memberCount").Resolve(c => c.Source.MemberCount).Description("How many customers carry it.");
        Field<NonNullGraphType<CustomerConnectionType>, CustomerPage>("members")
            .Description("The customers carrying it, as the customers connection pages them (filter and orderBy narrow and order them).")
            .Argument<IntGraphType>("first", $"How many, {CustomersConnection.DefaultPageSize} by default, at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Continue after this cursor.")
            .Argument<IntGraphType>("last", "How many from the end.")
            .Argument<StringGraphType>("before", "Continue before this cursor.")
            .Argument<CustomerFilterType>("filter", "Which of the members to return.")
            .Argument<ListGraphType<NonNullGraphType<CustomerOrderType>>>("orderBy", "The order; by customer id when left out.")
            .ResolveAsync(async c => await CustomersConnection.ResolveAsync(c, Members(c.Source)).ConfigureAwait(false));
    }

    // The current run's labels are mirrored on the customers (MiningPromotions.CustomerFields): a segment is a filter.
    private static FieldCondition Members(Segment segment) =>
        new(segment.Kind == "tier" ? CustomerField.Tier : CustomerField.RfmSegment, FilterOperator.Eq, [segment.Name]);
}
