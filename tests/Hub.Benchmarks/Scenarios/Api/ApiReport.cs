namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>Everything the document says about one run of issue 5's API scenarios.</summary>
/// <param name="Store">The store queried and how it was built.</param>
/// <param name="Settings">Requests, clients and duration.</param>
/// <param name="Rounds">The rounds in order; the last one is reported.</param>
/// <param name="FirstPagePlan">SQLite's plan for the first page's SELECT.</param>
/// <param name="LaterPagePlan">SQLite's plan for a later page's SELECT (after a cursor).</param>
/// <param name="Problems">Answers that were not what they should be; empty when all is well.</param>
internal sealed record ApiReport(
    ApiStore Store,
    ApiLoadSettings Settings,
    IReadOnlyList<ApiRound> Rounds,
    IReadOnlyList<string> FirstPagePlan,
    IReadOnlyList<string> LaterPagePlan,
    IReadOnlyList<string> Problems)
{
    public ApiRound Last => Rounds[^1];
}

/// <summary>How hard the endpoints are driven.</summary>
/// <param name="WarmUp">Requests each endpoint answers before anything is measured in a round.</param>
/// <param name="Requests">Requests timed one by one for the latency figures.</param>
/// <param name="Clients">Concurrent clients for the throughput figures.</param>
/// <param name="Duration">How long each endpoint's throughput is measured.</param>
internal sealed record ApiLoadSettings(int WarmUp, int Requests, int Clients, TimeSpan Duration);
