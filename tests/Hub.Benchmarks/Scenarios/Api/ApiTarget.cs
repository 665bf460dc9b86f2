namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>An endpoint the load runs against: how to ask it for a country's page after a cursor.</summary>
internal sealed record ApiTarget(string Name, Func<string, string?, HttpRequestMessage> Request);
