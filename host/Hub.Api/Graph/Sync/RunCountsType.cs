using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class RunCountsType : ObjectGraphType<RunCounts>
{
    public RunCountsType()
    {
        Name = "RunCounts";
        Description = "What a run did to the store.";
        Field<NonNullGraphType<IntGraphType>, int>("read").Resolve(c => checked((int)c.Source.Read)).Description("Records and rejects read from the source.");
        Field<NonNullGraphType<IntGraphType>, int>("inserted").Resolve(c => checked((int)c.Source.Inserted)).Description("New records stored.");
        Field<NonNullGraphType<IntGraphType>, int>("updated").Resolve(c => checked((int)c.Source.Updated)).Description("Stored records that changed.");
        Field<NonNullGraphType<IntGraphType>, int>("unchanged").Resolve(c => checked((int)c.Source.Unchanged)).Description("Records read again with nothing new.");
        Field<NonNullGraphType<IntGraphType>, int>("warned").Resolve(c => checked((int)c.Source.Warned)).Description("Records kept with a warning.");
        Field<NonNullGraphType<IntGraphType>, int>("quarantined").Resolve(c => checked((int)c.Source.Quarantined)).Description("Input kept in quarantine instead of stored.");
        Field<NonNullGraphType<IntGraphType>, int>("suppressed").Resolve(c => checked((int)c.Source.Suppressed)).Description("Records of erased people left out (hub erasures).");
    }
}
