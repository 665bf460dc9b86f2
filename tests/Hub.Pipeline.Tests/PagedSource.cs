using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests;

/// <summary>
/// A local HTTP source on loopback: <c>GET /customers?after=N</c> answers the next page of customer ids as a JSON array
/// (empty at the end), for <c>Authorization: Bearer good-token</c> only. Faults queued with <see cref="Then"/> are
/// served one per request, in order, before it answers normally again.
/// </summary>
internal sealed class PagedSource : IAsyncDisposable
{
    public const string GoodToken = "good-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SourceFault> _faults = new();
    private readonly int _customers;
    private readonly int _pageSize;

    private PagedSource(int customers, int pageSize)
    {
        (_customers, _pageSize) = (customers, pageSize);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(AnswerAsync);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a request is held by <see cref="SourceFault.Hang"/>.</summary>
    public Task Hanging => _hanging.Task;

    /// <summary>The <c>after</c> of every request, in order.</summary>
    public ConcurrentQueue<int> Requests { get; } = new();

    public static async Task<PagedSource> StartAsync(int customers, int pageSize)
    {
        var source = new PagedSource(customers, pageSize);
        await source._app.StartAsync();
        var address = source._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        source.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return source;
    }

    /// <summary>Queues faults for the next requests.</summary>
    public PagedSource Then(params SourceFault[] faults)
    {
        foreach (var fault in faults) _faults.Enqueue(fault);
        return this;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var after = int.Parse(context.Request.Query["after"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
        Requests.Enqueue(after);
        var fault = _faults.TryDequeue(out var next) ? next : SourceFault.None;
        if (fault == SourceFault.Unauthorized || context.Request.Headers.Authorization != "Bearer " + GoodToken)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("""{"message":"Bad credentials"}""");
            return;
        }

        if (fault == SourceFault.Hang)
        {
            _hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var page = Enumerable.Range(after + 1, Math.Max(0, Math.Min(_pageSize, _customers - after))).Select(i => $"c{i}").ToList();
        var body = JsonSerializer.SerializeToUtf8Bytes(page);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        if (fault == SourceFault.DropMidBody)
        {
            // Headers and half the body, then the connection goes: past the point where an HTTP-level retry can help.
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            // Give the client time to take the headers in: an abort resets the connection, and a reset throws away what
            // the client has not read yet, which would make it a failure before the response that HTTP retries absorb.
            await Task.Delay(100);
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
