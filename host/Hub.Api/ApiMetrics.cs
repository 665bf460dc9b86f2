using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;

namespace Hub.Api;

/// <summary>The API's meter (<c>Hub.Api</c>): GraphQL requests by outcome, exported at <c>/metrics</c> by the host.</summary>
public sealed class ApiMetrics
{
    /// <summary>The meter's name, for a host that exports it.</summary>
    public const string MeterName = "Hub.Api";

    private readonly Counter<long> _requests;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public ApiMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("hub.graphql.requests", description: "GraphQL requests answered, by outcome.");
    }

    /// <summary>Counts one answered request with HTTP <paramref name="status"/>; <paramref name="hadErrors"/> tells a 200 with errors from a clean one.</summary>
    internal void RecordRequest(int status, bool hadErrors) =>
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", Outcome(status, hadErrors)));

    private static string Outcome(int status, bool hadErrors) => status switch
    {
        StatusCodes.Status200OK => hadErrors ? "errors" : "ok",
        StatusCodes.Status400BadRequest => "invalid",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        StatusCodes.Status504GatewayTimeout => "timeout",
        _ => "refused",
    };
}
