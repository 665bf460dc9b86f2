using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Hub.Plugins.Commerce.Tests;

/// <summary>
/// An HTTP client wrapped like the host wraps connectors' clients: the standard resilience handler (retries honouring
/// Retry-After, timeouts, circuit breaker), with the host's settings and a short backoff so tests stay quick.
/// </summary>
public sealed class HostHttp : IDisposable
{
    private readonly ServiceProvider _services;

    public HostHttp(int retries = 5)
    {
        var services = new ServiceCollection();
        services.AddHttpClient("hub-connectors").AddStandardResilienceHandler(options =>
        {
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
            options.Retry.MaxRetryAttempts = retries;
            options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        });
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IHttpClientFactory>().CreateClient("hub-connectors");
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _services.Dispose();
    }
}
