using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Hub.Api.Ingest;

/// <summary>Reads a pushed body into memory, never more than the limit.</summary>
internal static class IngestBodyReader
{
    private const int InitialCapacity = 16 * 1024;

    private const int ServerLimitSlack = 64 * 1024;

    // A Content-Length is a claim, not bytes received: do not reserve more than this on its word.
    private const int MaxInitialCapacity = 1024 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;

        // The server's own limit (30 MB by default) must not answer for us, with an empty 413, when ours is higher. It
        // stays as a backstop with some slack, since the server counts a chunked body slightly ahead of what it hands out.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            serverLimit.MaxRequestBodySize = maxBytes + ServerLimitSlack;

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? InitialCapacity, MaxInitialCapacity));
        var chunk = new byte[InitialCapacity];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                // Content-Length can be absent (chunked upload), so the limit holds for what actually arrives.
                if (body.Length + read > maxBytes) return null;
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return body.ToArray();
    }
}
