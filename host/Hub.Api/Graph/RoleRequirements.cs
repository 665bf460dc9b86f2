using GraphQL;
using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

/// <summary>
/// Declares which key role a field (or every field of a type) needs. <see cref="RoleValidationRule"/> checks the
/// declarations before anything executes, so a mutation never half-runs for a key that may not call it:
/// <code>Field&lt;...&gt;("mergeCustomers").RequireRole(ApiRole.Admin).ResolveAsync(...)</code>
/// Fields without a declaration are open to every key (reader and up).
/// </summary>
public static class RoleRequirements
{
    private const string MetadataKey = "hub:requiredRole";

    /// <summary>Only keys with <paramref name="role"/> or a stronger one may select this field (or the fields of this type).</summary>
    public static TMetadataWriter RequireRole<TMetadataWriter>(this TMetadataWriter field, ApiRole role)
        where TMetadataWriter : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.WithMetadata(MetadataKey, role);
    }

    /// <summary>The role a field or type declared with <see cref="RequireRole{TMetadataWriter}"/>; reader when none.</summary>
    public static ApiRole RequiredRole(this IMetadataReader? element) =>
        element is not null && element.HasMetadata(MetadataKey) ? element.GetMetadata(MetadataKey, ApiRole.Reader) : ApiRole.Reader;

    /// <summary>The role's name as users type it: reader, operator, admin.</summary>
    public static string Name(this ApiRole role) => role.ToString().ToLowerInvariant();
}
