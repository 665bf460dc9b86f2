using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// A connector over ten customers in batches of three, whose checkpoint is the count read so far, with one fault switched
/// on at a time: the kit must pass it when none is and fail it, with a message naming the plugin, when one is.
/// </summary>
internal sealed class ScriptedSource(Fault fault) : IConnector, IHubPlugin
{
    public IReadOnlyList<SettingDefinition> Settings { get; } = [new("token", "The access token.", Required: true, Secret: true)];

    public void Register(IPluginRegistry registry) => registry.AddConnector(this);

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        var token = context.Settings.Get("token");
        if (token is null) return Task.FromResult(CheckResult.Failure(fault == Fault.VagueSettingErrors ? "something is wrong" : "setting 'token' is required"));
        if (token != "good")
        {
            if (fault == Fault.CheckThrows) throw new InvalidOperationException("401 Unauthorized");
            return Task.FromResult(CheckResult.Failure("the token was refused (401)"));
        }

        return Task.FromResult(CheckResult.Success("10 customers"));
    }

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (context.Settings.Get("token") != "good" && fault != Fault.RefusedReadEndsQuietly) throw new HttpRequestException("the token was refused (401)");
        if (context.Settings.Get("token") != "good") yield break;
        var from = checkpoint.IsStart || fault == Fault.IgnoresCheckpoint ? 0 : int.Parse(checkpoint.Value!, CultureInfo.InvariantCulture);
        if (fault == Fault.SkipsAfterCheckpoint && !checkpoint.IsStart) from++;
        for (var position = from; position < 10; position += 3)
        {
            if (fault != Fault.IgnoresCancellation) cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            var records = Enumerable.Range(position + 1, Math.Min(3, 10 - position))
                .Select(i => (SourceRecord)new CustomerRecord { SourceId = fault == Fault.RecordWithoutId && i == 5 ? "" : "c" + i })
                .ToList();
            yield return new RecordBatch(records, new Checkpoint(Math.Min(position + 3, 10).ToString(CultureInfo.InvariantCulture)));
        }
    }
}

public enum Fault
{
    None,
    VagueSettingErrors,
    CheckThrows,
    RecordWithoutId,
    IgnoresCheckpoint,
    SkipsAfterCheckpoint,
    IgnoresCancellation,
    RefusedReadEndsQuietly,
}
