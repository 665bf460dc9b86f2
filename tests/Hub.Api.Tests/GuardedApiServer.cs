using GraphQL;
using GraphQL.Types;
using Hub.Api.Graph;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>
/// The API with test-only mutations that declare the role they need, the way sync and identity mutations will; it
/// counts the calls that got through, so a test can see that a refused operation did not run.
/// </summary>
public sealed class GuardedApiServer : IAsyncLifetime
{
    private int _calls;

    public GuardedApiServer() =>
        Server = new ApiServer(graphQL => graphQL.ConfigureSchema(schema => schema.Mutation = new GuardedMutation(this)));

    public ApiServer Server { get; }

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private sealed class GuardedMutation : ObjectGraphType
    {
        public GuardedMutation(GuardedApiServer owner)
        {
            Name = "Mutation";
            Field<NonNullGraphType<StringGraphType>, string>("pauseEverything").RequireRole(ApiRole.Operator)
                .Resolve(_ => Call(owner, "paused"));
            Field<NonNullGraphType<StringGraphType>, string>("mergeEverything").RequireRole(ApiRole.Admin)
                .Resolve(_ => Call(owner, "merged"));
            Field<NonNullGraphType<StringGraphType>, string>("ping").Resolve(_ => Call(owner, "pong"));
        }

        private static string Call(GuardedApiServer owner, string answer)
        {
            Interlocked.Increment(ref owner._calls);
            return answer;
        }
    }
}
