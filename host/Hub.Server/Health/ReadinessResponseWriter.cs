using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>
/// Writes <c>/readyz</c>'s body: the <c>status</c> (<c>ready</c> / <c>not ready</c>) and <c>reasons</c> operators and
/// scripts already read, plus every check with its status, description and data.
/// </summary>
internal static class ReadinessResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Outcomes and statuses read as in the metrics: "timed_out", "healthy".
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Ready unless a check is unhealthy: a degraded hub (a stale connector, a faulted plugin) still serves.</summary>
    public static bool IsReady(HealthReport report) => report.Status != HealthStatus.Unhealthy;

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = IsReady(report) ? "ready" : "not ready",
            reasons = report.Entries.Values
                .Where(entry => entry.Status == HealthStatus.Unhealthy)
                .Select(entry => entry.Description ?? entry.Exception?.Message ?? "unhealthy")
                .ToList(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status,
                    description = entry.Value.Description ?? entry.Value.Exception?.Message,
                    data = entry.Value.Data,
                }),
        };
        return context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }
}
