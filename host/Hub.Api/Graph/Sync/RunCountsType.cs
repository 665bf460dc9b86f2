using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class RunCountsType : ObjectGraphType<RunCounts>
{
    public RunCountsType()
    {
        Name = "RunCounts";
        Description = "What a run did to the store.";
        Field<NonNullGraphType<LongGraphType>, long>("read").Resolve(c => c.Source.Read).Description("Records and rejects read from the source.");
        Field<NonNullGraphType<LongGraphType>, long>("inserted").Resolve(c => c.Source.Inserted).Description("New records stored.");
        Field<NonNullGraphType<LongGraphType>, long>("updated").Resolve(c => c.Source.Updated).Description("Stored records that changed.");
        Field<NonNullGraphType<LongGraphType>, long>("unchanged").Resolve(c => c.Source.Unchanged).Description("Records read again with nothing new.");
        Field<NonNullGraphType<LongGraphType>, long>("warned").Resolve(c => c.Source.Warned).Description("Records kept with a warning.");
        Field<NonNullGraphType<LongGraphType>, long>("quarantined").Resolve(c => c.Source.Quarantined).Description("Input kept in quarantine instead of stored.");
    }
}
