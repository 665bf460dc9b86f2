using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>Reads calls pushed to <c>POST /ingest/{connector id}</c>: one call object, or an array of them.</summary>
internal static class CallPush
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <exception cref="PushRejectedException">when the body is not JSON, or neither an object nor an array.</exception>
    public static PushResult Receive(PushRequest request, ConnectorContext context)
    {
        if (request.Path.Length > 0)
        {
            throw new PushRejectedException(
                $"there is nothing at /ingest/{context.ConnectorId}/{request.Path}; post calls to /ingest/{context.ConnectorId}");
        }

        var options = CallOptions.Read(context.Settings);
        using var document = Parse(request.Body);
        var root = document.RootElement;
        var converter = new CallConverter(options);
        var batch = new BatchCollector();
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                Add(root, 1);
                break;
            case JsonValueKind.Array:
                var number = 0;
                foreach (var item in root.EnumerateArray()) Add(item, ++number);
                break;
            default:
                throw new PushRejectedException(
                    $"the body is {CallJson.Describe(root.ValueKind)}; send one call object, or an array of them, with the CDR field names ({CdrColumns.StandardNames})");
        }

        var response = string.Create(CultureInfo.InvariantCulture, $"{{\"accepted\":{batch.Accepted},\"rejected\":{batch.RejectedCount}}}");
        var (records, rejected) = batch.Take();
        return new PushResult(records, response) { Rejected = rejected };

        void Add(JsonElement item, int number)
        {
            var position = string.Create(CultureInfo.InvariantCulture, $"push item {number}");
            var raw = item.GetRawText();
            var values = new string[CdrColumns.Count];
            if (CallJson.Fill(item, values) is { } problem) batch.Reject(position, raw, problem);
            else batch.Add(converter.Convert(values, position, raw), position, raw);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        // The JSON reader does not skip a byte order mark, which some clients still send.
        if (body.Span.StartsWith(Utf8Bom)) body = body[Utf8Bom.Length..];
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new PushRejectedException($"the body is not valid JSON ({e.Message}); send one call object, or an array of them");
        }
    }
}
