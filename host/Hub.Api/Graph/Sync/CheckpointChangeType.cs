using System.Globalization;
using GraphQL.Types;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class CheckpointChangeType : ObjectGraphType<CheckpointChange>
{
    public CheckpointChangeType()
    {
        Name = "CheckpointChange";
        Description = "An operator's change of a connector's checkpoint, as the audit keeps it.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture)).Description("The audit entry.");
        Field<NonNullGraphType<StringGraphType>, string>("connector").Resolve(c => c.Source.ConnectorId).Description("The connector.");
        Field<StringGraphType, string?>("oldValue").Resolve(c => c.Source.OldValue).Description("The checkpoint before; null when it read from the start.");
        Field<StringGraphType, string?>("newValue").Resolve(c => c.Source.NewValue).Description("The checkpoint after; null for a reset.");
        Field<NonNullGraphType<StringGraphType>, string>("actor").Resolve(c => c.Source.Actor)
            .Description("Who: apikey:ID for an API key, cli:USER for the command line.");
        Field<StringGraphType, string?>("reason").Resolve(c => c.Source.Reason).Description("Why, as given; null when no reason was given.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("changedAt").Resolve(c => c.Source.ChangedAt).Description("When.");
    }
}
