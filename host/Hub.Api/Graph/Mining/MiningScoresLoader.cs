using GraphQL.DataLoader;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>
/// Loads the current mining scores of a page of customers with one store call, as <see cref="CustomerActivityLoader"/>
/// does for orders. One instance per request.
/// </summary>
internal sealed class MiningScoresLoader(IMiningQueries queries)
{
    private static readonly IReadOnlyDictionary<string, ScoreValue> NoScores = new Dictionary<string, ScoreValue>();

    private readonly CustomerBatch<IReadOnlyDictionary<long, CustomerScores>> _scores = new(queries.GetCurrentScoresAsync);

    public IDataLoaderResult<CustomerScores> Load(long customerNumber) =>
        _scores.Load(customerNumber, all => all.TryGetValue(customerNumber, out var scores) ? scores : new CustomerScores(customerNumber, NoScores));
}
