using GraphQL.Types;
using Hub.Api.Graph.Sync;
using Hub.Core.Mining;
using Hub.Core.Model;

namespace Hub.Api.Graph.Mining;

internal sealed class MiningRunType : ObjectGraphType<MiningRun>
{
    public MiningRunType()
    {
        Name = "MiningRun";
        Description = "One run of one miner: the model, the day it computed as of, when it ran, how it ended and its parameters.";
        Field<NonNullGraphType<IdGraphType>, long>("id").Resolve(c => c.Source.Id).Description("The run's id, as 'hub mine runs' shows it.");
        Field<NonNullGraphType<StringGraphType>, string>("model").Resolve(c => c.Source.Miner).Description("The miner (model), e.g. rfm, clv.");
        Field<NonNullGraphType<StringGraphType>, string>("plugin").Resolve(c => c.Source.PluginId).Description("The plugin the miner came from.");
        // GraphQL.NET's Date scalar (yyyy-MM-dd) takes DateTime values.
        Field<NonNullGraphType<DateGraphType>, DateTime>("asOf").Resolve(c => c.Source.AsOf.ToDateTime(TimeOnly.MinValue))
            .Description("The day it computed as of: data after its end (UTC) was not used.");
        Field(r => r.Trigger).Description("What started it: cli, schedule, demo.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("startedAt").Resolve(c => c.Source.StartedAt).Description("When it started.");
        Field<DateTimeScalarType, DateTimeOffset?>("finishedAt").Resolve(c => c.Source.FinishedAt).Description("When it ended; null while running.");
        Field<NonNullGraphType<RunOutcomeType>, RunOutcome>("outcome").Resolve(c => c.Source.Outcome).Description("RUNNING, SUCCEEDED, FAILED or CANCELLED.");
        Field(r => r.Error, nullable: true).Description("Why it failed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MiningParameterType>>>, IEnumerable<KeyValuePair<string, double>>>("parameters")
            .Resolve(c => c.Source.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            .Description("The model's fitted or configured parameters and quality measures (e.g. bgnbd.r, demand.mase), by name.");
        Field<NonNullGraphType<IntGraphType>, long>("scoredCustomers").Resolve(c => c.Source.Scores).Description("How many customers it scored.");
        Field<NonNullGraphType<IntGraphType>, long>("seriesPoints").Resolve(c => c.Source.Series).Description("How many time-series points it wrote.");
    }
}

internal sealed class MiningParameterType : ObjectGraphType<KeyValuePair<string, double>>
{
    public MiningParameterType()
    {
        Name = "MiningParameter";
        Description = "A named model parameter or quality measure of a mining run.";
        Field<NonNullGraphType<StringGraphType>, string>("name").Resolve(c => c.Source.Key).Description("The name, prefixed by the model.");
        Field<NonNullGraphType<FloatGraphType>, double>("value").Resolve(c => c.Source.Value).Description("The value.");
    }
}
