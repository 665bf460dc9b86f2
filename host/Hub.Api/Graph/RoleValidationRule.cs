using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Core.Model;

namespace Hub.Api.Graph;

/// <summary>
/// Refuses, before execution, an operation that selects a field whose <see cref="RoleRequirements.RequireRole{T}"/> is
/// stronger than the caller's key role. The transport answers such a refusal with 403. Only the operation being run
/// and the fragments it uses are checked; a field skipped with @skip/@include still counts (refusing is the safe side).
/// </summary>
internal sealed class RoleValidationRule : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private sealed class Visitor : INodeVisitor
    {
        private bool _inScope = true;
        private HashSet<GraphQLFragmentDefinition>? _usedFragments;
        private readonly HashSet<FieldType> _reported = [];

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    _inScope = context.Operation is null || ReferenceEquals(operation, context.Operation);
                    break;
                case GraphQLFragmentDefinition fragment:
                    _usedFragments ??= context.Operation is null ? null : [.. context.GetRecursivelyReferencedFragments(context.Operation) ?? []];
                    _inScope = _usedFragments is null || _usedFragments.Contains(fragment);
                    break;
                case GraphQLField field when _inScope:
                    Check(field, context);
                    break;
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private void Check(GraphQLField field, ValidationContext context)
        {
            if (context.TypeInfo.GetFieldDef() is not { } definition) return;
            var parent = context.TypeInfo.GetParentType();
            var needed = (ApiRole)Math.Max((int)definition.RequiredRole(), (int)(parent as IMetadataReader).RequiredRole());
            var key = (context.UserContext as HubUserContext)?.ApiKey;
            if (key is not null && key.Role >= needed) return;
            if (!_reported.Add(definition)) return;

            var who = key is null ? "this request has no API key" : $"this key ({key.Id}) has the {key.Role.Name()} role";
            var message = $"'{definition.Name}' needs a key with the {needed.Name()} role; {who}. " +
                $"Use a {needed.Name()} key (an admin creates one with 'hub apikey create --role {needed.Name()}').";
            context.ReportError(new ValidationError(context.Document.Source, null, message, field) { Code = ApiErrors.Forbidden });
        }
    }
}
