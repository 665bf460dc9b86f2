using Hub.Contracts;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Pipeline.Runs;

namespace Hub.Pipeline.Connectors;

/// <summary>Adds, checks and removes connector instances, refusing settings the connector would trip over later.</summary>
public sealed class ConnectorService(IConnectorStore store, IPluginCatalog plugins, ConnectorContextFactory contexts, SyncOptions options)
{
    /// <summary>Validates and stores a new instance. <paramref name="schedule"/> must already be a valid Quartz cron, or null.</summary>
    public async Task<ConnectorInstance> AddAsync(string id, string pluginId, string? schedule, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
            throw new UserFacingException($"connector id '{id}' must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");

        var connector = ConnectorLookup.Require(plugins, pluginId);
        var problems = SettingsValidator.Validate(connector.Settings, settings);
        if (problems.Count > 0) throw new UserFacingException(string.Join("; ", problems));

        var secrets = connector.Settings.Where(s => s.Secret).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var instance = new ConnectorInstance(id, pluginId, schedule, settings, secrets, DateTimeOffset.UtcNow);
        return await store.AddAsync(instance, cancellationToken)
            ? instance
            : throw new UserFacingException($"a connector '{id}' exists already; remove it first or pick another id");
    }

    /// <summary>
    /// Asks the connector whether its source can be read with the instance's settings. A check that takes longer than the
    /// call timeout is cancelled and fails, saying so.
    /// </summary>
    public async Task<CheckResult> CheckAsync(string id, CancellationToken cancellationToken)
    {
        var instance = await store.GetAsync(id, cancellationToken)
            ?? throw new UserFacingException($"there is no connector '{id}'; 'hub connectors list' shows the ones there are");
        var connector = ConnectorLookup.Require(plugins, instance.PluginId);
        var context = contexts.Create(instance, connector);
        var timeout = options.CallTimeoutFor(id);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<CheckResult>? check = null;
        try
        {
            // Not awaited on the connector's word alone: one that ignores its token is left behind when the timeout passes.
            check = connector.CheckAsync(context, call.Token);
            return await check.WaitAsync(timeout, cancellationToken);
        }
        catch (InvalidSettingException ex)
        {
            return CheckResult.Failure(ex.Message);
        }
        catch (TimeoutException) when (check is { IsCompleted: false } && !cancellationToken.IsCancellationRequested)
        {
            await call.CancelAsync();
            return CheckResult.Failure(new ConnectorCallTimeoutException(id, "answer the check", timeout).Message);
        }
    }

    /// <summary>Settings as they may be shown: secrets replaced by asterisks.</summary>
    public static IReadOnlyDictionary<string, string> Redacted(ConnectorInstance instance) =>
        instance.Settings.ToDictionary(s => s.Key, s => instance.SecretNames.Contains(s.Key) ? "********" : s.Value, StringComparer.Ordinal);

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
