using GraphQL.Types;
using Hub.Core.Model;
using Hub.Core.Storage.Customers;
using Hub.Identity;

namespace Hub.Api.Graph;

internal sealed class MatchEvidenceType : ObjectGraphType<StoredLink>
{
    public MatchEvidenceType()
    {
        Name = "MatchEvidence";
        Description = "Why two of the customer's source records belong together: one link identity resolution kept (what 'hub explain' shows).";
        Field<NonNullGraphType<RecordRefType>, RecordRef>("recordA").Resolve(c => c.Source.RecordA).Description("One record.");
        Field<NonNullGraphType<RecordRefType>, RecordRef>("recordB").Resolve(c => c.Source.RecordB).Description("The other record.");
        Field<NonNullGraphType<StringGraphType>, string>("rule").Resolve(c => c.Source.Evidence.Rule)
            .Description("What accepted the link: model, rule:email, rule:external_id or decision:merge.");
        Field<FloatGraphType, double?>("weight").Resolve(c => double.IsFinite(c.Source.Evidence.Weight) ? c.Source.Evidence.Weight : null)
            .Description("The match weight in bits (log2 odds) under the model; null for links made by a rule or an operator's decision.");
        Field<NonNullGraphType<IntGraphType>, int>("modelVersion").Resolve(c => c.Source.Evidence.ModelVersion)
            .Description("The version of the identity model that scored the pair.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldComparisonType>>>, IReadOnlyList<FieldEvidence>>("levels")
            .Resolve(c => LinkExplanations.Fields(c.Source.Evidence, model: null))
            .Description("How each field compared between the two records.");
    }
}
