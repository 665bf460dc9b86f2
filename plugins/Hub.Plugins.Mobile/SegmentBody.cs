using System.IO.Compression;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>Reads a pushed body as JSON: gunzipped first when the SDK compressed it (the iOS SDK does), as Segment accepts.</summary>
internal static class SegmentBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The JSON document of a body already <see cref="Decode"/>d.</summary>
    /// <exception cref="PushRejectedException">when the body is not JSON.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new PushRejectedException($"the body is not valid JSON ({ex.Message}); send Segment calls as JSON objects");
        }
    }

    /// <summary>The body's bytes as JSON, never more than one byte over the batch limit (enough to tell that it is over).</summary>
    /// <exception cref="PushRejectedException">when the body says it is gzip but is not.</exception>
    public static ReadOnlyMemory<byte> Decode(PushRequest request)
    {
        if (!request.Headers.TryGetValue("content-encoding", out var encoding) || !encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase))
            return request.Body;

        try
        {
            using var input = new MemoryStream(request.Body.ToArray(), writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            // A small gzip body can expand enormously; stop as soon as it is certainly too big.
            while (output.Length <= SegmentLimits.BatchBytes && (read = gzip.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, read);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new PushRejectedException("the body says Content-Encoding: gzip but is not gzip data");
        }
    }
}
