using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.Plugins.Commerce;

/// <summary>
/// Reads customers, then orders (of every status), from a Shopify-compatible Admin REST API, incrementally by
/// <c>updated_at</c>: each page becomes one batch whose checkpoint is the latest <c>updated_at</c> stored so far and the
/// ids and content fingerprints of the items stored at that instant (<see cref="ShopCheckpoint"/>).
/// Deleted customers do not appear in Shopify's list endpoints: the shop reports them only through its
/// <c>customers/delete</c> webhook, which the instance takes at <c>POST /ingest/{connector id}</c> once its
/// <c>webhookSecret</c> is set (<see cref="ShopWebhook"/>), and stores as tombstones.
/// </summary>
public sealed class ShopConnector : IConnector, IPushReceiver
{
    private static readonly ShopStream[] Streams = [ShopStream.Customers, ShopStream.Orders];

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings => ShopSettings.Definitions;

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ShopSettings settings;
        try
        {
            settings = ShopSettings.Read(context.Settings);
        }
        catch (InvalidSettingException e)
        {
            return CheckResult.Failure(e.Message);
        }

        using var client = ShopClient.Create(context, settings);
        try
        {
            string shop;
            using (var answer = await client.GetAsync(settings.Resource("shop.json"), cancellationToken).ConfigureAwait(false))
            {
                var body = ShopJson.Object(answer.Body.RootElement, "shop");
                var name = body is { } s ? ShopJson.Text(s, "name") : null;
                var domain = body is { } d ? ShopJson.Text(d, "myshopify_domain") ?? ShopJson.Text(d, "domain") : null;
                shop = (name, domain) switch
                {
                    (null, null) => settings.BaseUrl.ToString(),
                    (_, null) => name!,
                    (null, _) => domain,
                    _ => $"{name} ({domain})",
                };
            }

            // shop.json needs no scope; one item of each list proves the token may read what a sync reads.
            using (await client.GetAsync(settings.Resource("customers.json?limit=1"), cancellationToken).ConfigureAwait(false)) { }
            using (await client.GetAsync(settings.Resource("orders.json?limit=1&status=any"), cancellationToken).ConfigureAwait(false)) { }
            return CheckResult.Success($"connected to {shop} with Admin API {settings.ApiVersion}; customers and orders can be read");
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            return CheckResult.Failure($"cannot connect to {settings.BaseUrl} ({e.Message}); check baseUrl and that the shop can be reached from this machine");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The shop's answer (token refused, wrong version...) or the host's resilience giving up: both say what to fix.
            return CheckResult.Failure(e is OperationCanceledException
                ? $"{settings.BaseUrl} did not answer in time; check baseUrl and that the shop is up"
                : e.Message);
        }
    }

    /// <inheritdoc />
    public bool IsAuthorized(PushRequest request, ISettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        return ShopWebhookAuth.IsAuthorized(request, settings.Get(ShopSettings.WebhookSecretName));
    }

    /// <inheritdoc />
    public PushResult Receive(PushRequest request, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return ShopWebhook.Receive(request, ShopSettings.ReadCountry(context.Settings.Get(ShopSettings.DefaultCountryName)));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        ConnectorContext context,
        Checkpoint checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var settings = ShopSettings.Read(context.Settings);
        var state = ShopCheckpoint.Parse(checkpoint);
        using var client = ShopClient.Create(context, settings);
        foreach (var stream in Streams)
        {
            await foreach (var (batch, next) in ReadStreamAsync(client, settings, context.Logger, stream, state, cancellationToken).ConfigureAwait(false))
            {
                state = next;
                yield return batch;
            }
        }
    }

    private static async IAsyncEnumerable<(RecordBatch Batch, ShopCheckpoint State)> ReadStreamAsync(
        ShopClient client,
        ShopSettings settings,
        ILogger logger,
        ShopStream stream,
        ShopCheckpoint state,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = state.Of(stream);
        var startItems = state.AtInstant(stream);
        var since = start - settings.Lookback;
        // Without a lookback, the items of the checkpoint's instant already stored are passed over while they are
        // unchanged (same id, same fingerprint); one changed again within that second is read again. A lookback reads
        // its whole window again on purpose, the instant included.
        var stored = start is { } instant && settings.Lookback == TimeSpan.Zero && startItems.Count > 0
            ? new AlreadyStored(instant, startItems)
            : AlreadyStored.None;
        var list = PageMapper.ListName(stream);
        if (since is { } from) logger.LogInformation("Reading {Stream} updated since {Since:u}", list, from);
        else logger.LogInformation("Reading every {Stream}", list);

        DateTimeOffset? seen = null;
        var seenItems = new List<StoredItem>();
        var ordered = true;
        var url = FirstPage(settings, stream, since);
        for (var page = 1; url is not null; page++)
        {
            MappedPage mapped;
            Uri? next;
            using (var answer = await client.GetAsync(url, cancellationToken).ConfigureAwait(false))
            {
                mapped = PageMapper.Map(stream, answer.Body.RootElement, page, settings.DefaultCountry, stored);
                next = answer.Next;
            }

            foreach (var (id, at, fingerprint) in mapped.Items)
            {
                if (ordered && at < seen)
                {
                    ordered = false;
                    logger.LogWarning("The shop ignored order=updated_at asc for {Stream}; the checkpoint moves only once the stream is read to the end", list);
                }

                if (seen is null || at > seen)
                {
                    seen = at;
                    seenItems.Clear();
                }

                if (at == seen && id is not null) seenItems.Add(new StoredItem(id, fingerprint));
            }

            // Pages come oldest change first, so everything up to the latest updated_at stored is done. If the shop
            // does not sort, a later page may hold older changes: then only the end of the stream is a safe point.
            var done = ordered || next is null ? Latest(start, seen) : start;
            IEnumerable<StoredItem> doneItems = done is null ? []
                : done == start && done == seen ? startItems.Concat(seenItems)
                : done == seen ? seenItems
                : startItems;
            var before = state;
            state = state.With(stream, done, doneItems);
            if (mapped.Records.Count > 0 || mapped.Rejected.Count > 0 || done != start || !state.AtInstant(stream).SequenceEqual(before.AtInstant(stream)))
            {
                yield return (new RecordBatch(mapped.Records, state.ToCheckpoint()) { Rejected = mapped.Rejected }, state);
            }

            url = next;
        }
    }

    // Only limit may accompany page_info, so every filter and the sort order go on the first request alone.
    private static Uri FirstPage(ShopSettings settings, ShopStream stream, DateTimeOffset? since)
    {
        var query = new List<string>
        {
            "limit=" + settings.PageSize.ToString(CultureInfo.InvariantCulture),
            "order=" + Uri.EscapeDataString("updated_at asc"),
        };
        if (stream == ShopStream.Orders) query.Add("status=any");
        if (since is { } from)
        {
            // Whole seconds, rounded down: Shopify's timestamps have no fractions, and rounding down only re-reads.
            var utc = from.ToUniversalTime();
            var floor = new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            query.Add("updated_at_min=" + Uri.EscapeDataString(floor.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        }

        return settings.Resource($"{PageMapper.ListName(stream)}.json?{string.Join('&', query)}");
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
