using Hub.Api;
using Hub.Core.Model;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Server.Serving;

/// <summary>
/// Lets commands run beside a serving hub reach it: writes <c>serve.json</c> (pid, loopback address) and a fresh operator
/// key into <c>operator.key</c>, readable only by the hub's user. The previous hub's key is revoked on start, and this
/// one's when the hub stops, so a key never outlives the hub that minted it by more than one restart.
/// </summary>
public sealed class LocalOperatorAccess : IAsyncDisposable
{
    private readonly string dataDirectory;
    private readonly ApiKeyService keys;
    private readonly string keyId;

    private LocalOperatorAccess(string dataDirectory, ApiKeyService keys, string keyId)
    {
        this.dataDirectory = dataDirectory;
        this.keys = keys;
        this.keyId = keyId;
    }

    /// <summary>Publishes the access files for the started <paramref name="app"/>.</summary>
    public static async Task<LocalOperatorAccess> PublishAsync(WebApplication app, string dataDirectory, CancellationToken cancellationToken)
    {
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        if (ServeInfo.Read(dataDirectory) is { } previous)
        {
            // Left by a hub that died without cleaning up; whoever could read its key file must not keep using it.
            await keys.RevokeAsync(previous.KeyId, "replaced by a newer 'hub serve'", cancellationToken);
        }

        var key = await keys.CreateAsync(ApiRole.Operator, pii: false, cancellationToken);
        var keyId = key[ApiKeyService.KeyPrefix.Length..key.IndexOf('_', ApiKeyService.KeyPrefix.Length)];
        app.Services.GetRequiredService<LocalOperatorKey>().KeyId = keyId;
        WriteKeyFile(ServeFiles.KeyPath(dataDirectory), key);
        new ServeInfo(Environment.ProcessId, LoopbackUrl(app), keyId, DateTimeOffset.UtcNow).Write(dataDirectory);
        return new LocalOperatorAccess(dataDirectory, keys, keyId);
    }

    /// <summary>Revokes the key and removes the files.</summary>
    public async ValueTask DisposeAsync()
    {
        File.Delete(ServeFiles.InfoPath(dataDirectory));
        File.Delete(ServeFiles.KeyPath(dataDirectory));
        await keys.RevokeAsync(keyId, "its 'hub serve' stopped", CancellationToken.None);
    }

    private static void WriteKeyFile(string path, string key)
    {
        // Created afresh so the mode applies (an existing file keeps its mode); 0600 on Unix, the user's ACL elsewhere.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, options);
        writer.Write(key);
    }

    // A hub listening on every interface (0.0.0.0, [::], *, +) or on 'localhost' is reached on the loopback address.
    private static string LoopbackUrl(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault()
            ?? throw new InvalidOperationException("the hub listens on no address");
        var uri = new UriBuilder(chosen.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost") uri.Host = "127.0.0.1";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
