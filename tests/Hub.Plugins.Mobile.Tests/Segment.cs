using System.IO.Compression;
using System.Text;
using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Mobile.Tests;

/// <summary>Requests as Segment SDKs send them, and the connector that receives them.</summary>
internal static class Segment
{
    public const string WriteKey = "wk_live_3f9a";

    public static SegmentConnector Connector { get; } = new();

    public static ConnectorContext Context(string? writeKey = WriteKey) => new("app", "app",
        new TestSettings(writeKey is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["writeKey"] = writeKey }),
        NullLogger.Instance);

    /// <summary>A request to <paramref name="path"/> with <paramref name="json"/> as its body and the given headers (names lower case).</summary>
    public static PushRequest Request(string path, string json, params (string Name, string Value)[] headers) =>
        Request(path, Encoding.UTF8.GetBytes(json), headers);

    public static PushRequest Request(string path, byte[] body, params (string Name, string Value)[] headers) =>
        new(path, "application/json", headers.ToDictionary(h => h.Name, h => h.Value), body);

    /// <summary>The Authorization header an SDK sends: Basic with the key as user name and an empty password.</summary>
    public static (string, string) Basic(string user, bool withColon = true) =>
        ("authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(withColon ? user + ":" : user)));

    public static PushResult Receive(string path, string json) => Connector.Receive(Request(path, json), Context());

    public static byte[] Gzip(string json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(json));
        return output.ToArray();
    }
}
