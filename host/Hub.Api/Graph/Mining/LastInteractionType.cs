using GraphQL.Types;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class LastInteractionType : ObjectGraphType<LastInteraction>
{
    public LastInteractionType()
    {
        Name = "LastInteraction";
        Description = "The latest interaction with a customer on one channel.";
        Field(i => i.Channel).Description("call, app, github, email...");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("occurredAt").Resolve(c => c.Source.OccurredAt).Description("When it happened.");
        Field(i => i.Type, nullable: true).Description("What happened, e.g. inbound-call, issue-comment.");
        // Free text may say anything about the customer.
        Field<StringGraphType, string?>("summary").Resolve(c => PersonalData.FreeText(c, c.Source.Summary))
            .Description("A short text (a subject, a comment's first line); hidden unless the key has the pii scope.");
    }
}
