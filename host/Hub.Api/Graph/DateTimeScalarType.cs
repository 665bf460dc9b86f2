using GraphQL.Types;

namespace Hub.Api.Graph;

/// <summary>
/// The schema's <c>DateTime</c> scalar, named as BI tools and code generators expect it: an instant in ISO-8601 with its
/// offset from UTC. GraphQL.NET's own DateTime scalar carries no offset, so this one reads and writes
/// <see cref="DateTimeOffset"/> under that name; inputs may use any offset, outputs are UTC.
/// </summary>
internal sealed class DateTimeScalarType : DateTimeOffsetGraphType
{
    public DateTimeScalarType()
    {
        Name = "DateTime";
        Description = "An instant in ISO-8601 with its offset from UTC, e.g. 2024-05-01T09:30:00Z or 2024-05-01T17:30:00+08:00. The hub returns UTC.";
    }
}
