using System.Net;
using Hub.Contracts;
using Hub.Core.Storage;
using Hub.Pipeline.Runs;
using Hub.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace Hub.Pipeline.Tests;

public sealed class FailureClassifierTests
{
    private static readonly SettingDefinition[] Settings = [new("url", "address"), new("token", "API token", Required: true, Secret: true)];

    // The SQLite store, which tells its passing errors apart; nothing is opened, so no file is made.
    private static readonly IHubDatabase Database = new ServiceCollection()
        .AddHubSqliteStorage(Path.Combine(Path.GetTempPath(), "hub-classifier-never-opened.db"))
        .BuildServiceProvider()
        .GetRequiredService<IHubDatabase>();

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public void Server_errors_timeouts_and_throttling_are_transient(HttpStatusCode status) =>
        Assert.Equal(FailureKind.Transient, Classify(new HttpRequestException("refused", null, status)).Kind);

    [Fact]
    public void A_network_error_without_a_status_is_transient() =>
        Assert.Equal(FailureKind.Transient, Classify(new HttpRequestException("Connection refused (127.0.0.1:1)")).Kind);

    [Fact]
    public void A_client_timeout_is_transient() =>
        Assert.Equal(FailureKind.Transient, Classify(new TaskCanceledException("The request was canceled", new TimeoutException())).Kind);

    [Fact]
    public void An_open_circuit_breaker_is_transient() =>
        Assert.Equal(FailureKind.Transient, Classify(new BrokenCircuitException("The circuit is now open")).Kind);

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void A_busy_or_locked_database_is_transient_even_inside_another_exception(int sqliteError) =>
        Assert.Equal(FailureKind.Transient, Classify(new InvalidOperationException("could not store", new SqliteException("database is locked", sqliteError))).Kind);

    [Fact]
    public void A_constraint_violation_is_permanent() =>
        Assert.Equal(FailureKind.Permanent, Classify(new SqliteException("UNIQUE constraint failed", 19)).Kind);

    [Fact]
    public void Refused_credentials_are_permanent_and_the_message_names_the_secret_setting_and_the_command_to_check_it()
    {
        var failure = Classify(new HttpRequestException("Response status code does not indicate success: 401 (Unauthorized).", null, HttpStatusCode.Unauthorized));

        Assert.Equal(FailureKind.Permanent, failure.Kind);
        Assert.StartsWith("the source refused the credentials (HTTP 401): check the secret setting 'token' of connector 'shop'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'hub connectors check shop'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--set token=...", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "rejected the request (HTTP 400)")]
    [InlineData(HttpStatusCode.Forbidden, "refused access (HTTP 403)")]
    [InlineData(HttpStatusCode.NotFound, "nothing at the address asked for (HTTP 404)")]
    public void Other_client_errors_are_permanent_with_advice(HttpStatusCode status, string advice)
    {
        var failure = Classify(new HttpRequestException("status", null, status));

        Assert.Equal(FailureKind.Permanent, failure.Kind);
        Assert.Contains(advice, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_wraps_a_refusal_in_its_own_words_keeps_them_and_the_inner_status_decides()
    {
        var refused = Classify(new InvalidOperationException("the token was refused by GitHub; create a new token", new ClientLibraryException(HttpStatusCode.Unauthorized)));
        var unavailable = Classify(new InvalidOperationException("could not read the issues", new ClientLibraryException(HttpStatusCode.ServiceUnavailable)));

        Assert.Equal(new Failure(FailureKind.Permanent, "the token was refused by GitHub; create a new token"), refused);
        Assert.Equal(FailureKind.Transient, unavailable.Kind);
    }

    [Fact]
    public void A_network_error_wrapped_by_a_plugin_is_transient() =>
        Assert.Equal(FailureKind.Transient, Classify(new InvalidOperationException("reading page 3 failed", new HttpRequestException("connection reset"))).Kind);

    [Fact]
    public void An_invalid_setting_is_permanent_with_the_plugins_message() =>
        Assert.Equal(new Failure(FailureKind.Permanent, "setting 'repos' must be owner/name"),
            Classify(new InvalidSettingException("repos", "setting 'repos' must be owner/name")));

    [Fact]
    public void A_failure_nothing_recognises_is_permanent_so_a_bug_is_not_hidden_behind_retries() =>
        Assert.Equal(new Failure(FailureKind.Permanent, "Object reference not set to an instance of an object.") { Unrecognised = true },
            Classify(new NullReferenceException()));

    private static Failure Classify(Exception exception) => FailureClassifier.Classify(exception, "shop", Settings, Database.IsTransient);

    /// <summary>Like Octokit's ApiException: a client library's error that carries the HTTP status.</summary>
    private sealed class ClientLibraryException(HttpStatusCode status) : Exception("API error")
    {
        public HttpStatusCode StatusCode { get; } = status;
    }
}
