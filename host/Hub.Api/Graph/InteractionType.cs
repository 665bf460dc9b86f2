using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class InteractionType : ObjectGraphType<StoredInteraction>
{
    public InteractionType()
    {
        Name = "Interaction";
        Description = "A contact with the customer (a call, a chat, a visit) a source sent, reaching the customer through the source record it names.";
        Field<NonNullGraphType<StringGraphType>, string>("interactionId").Resolve(c => c.Source.InteractionId).Description("The interaction's id in its source.");
        Field<NonNullGraphType<StringGraphType>, string>("source").Resolve(c => c.Source.Source).Description("The source that sent it.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("occurredAt").Resolve(c => c.Source.Position.At).Description("When it happened.");
        Field<NonNullGraphType<StringGraphType>, string>("channel").Resolve(c => c.Source.Channel).Description("The channel, e.g. phone, email, chat or store.");
        Field<StringGraphType, string?>("type").Resolve(c => c.Source.Type).Description("What kind of interaction the source calls it.");
        Field<StringGraphType, string?>("direction").Resolve(c => c.Source.Direction).Description("inbound or outbound, when known.");
        Field<IntGraphType, int?>("durationMs").Resolve(c => c.Source.DurationMs is { } ms ? (int)Math.Min(ms, int.MaxValue) : null)
            .Description("How long it took, in milliseconds.");
        Field<StringGraphType, string?>("outcome").Resolve(c => c.Source.Outcome).Description("How it ended, in the source's words.");
        Field<StringGraphType, string?>("agent").Resolve(c => c.Source.Agent).Description("Who handled it.");
        // Free text may say anything about the customer, so it is personal data as a whole.
        Field<StringGraphType, string?>("summary").Resolve(c => PersonalData.FreeText(c, c.Source.Summary))
            .Description("Free text about it; hidden (***) for keys without the pii scope.");
        Field<DecimalStringGraphType, decimal?>("score").Resolve(c => c.Source.Score).Description("A satisfaction or quality score, when the source gives one.");
    }
}
