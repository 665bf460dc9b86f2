using Hub.Contracts;

namespace Hub.TestPlugins.Miner;

/// <summary>
/// Miner <c>failing</c>: with the setting <c>fail</c> = <c>true</c> it throws after writing a score, as a buggy model would;
/// otherwise it writes nothing. With <c>rendezvous</c> it first waits for <c>ordercount</c> to run beside it.
/// </summary>
public sealed class FailingMiner : IMiner
{
    /// <summary>The message it fails with.</summary>
    public const string Failure = "the model did not converge";

    public string Name => "failing";

    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Rendezvous.MeetAsync(Name, "ordercount", context.Settings.Get("rendezvous"), cancellationToken);
        if (context.Settings.Get("fail") != "true") return;
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken))
        {
            await context.WriteScoresAsync([new CustomerScore(customer.CustomerId, "failing.partial", 1)], cancellationToken);
            break;
        }

        throw new InvalidOperationException(Failure);
    }
}
