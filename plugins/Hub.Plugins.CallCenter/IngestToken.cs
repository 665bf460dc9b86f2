using System.Security.Cryptography;
using System.Text;

namespace Hub.Plugins.CallCenter;

/// <summary>Checks the <c>Authorization: Bearer</c> header of a push against the instance's <c>ingestToken</c>.</summary>
internal static class IngestToken
{
    private const string Scheme = "Bearer ";

    public static bool Matches(IReadOnlyDictionary<string, string> headers, string? expected)
    {
        // No token set means no pushes: an empty one must not let an empty header in.
        if (string.IsNullOrWhiteSpace(expected)) return false;
        if (!headers.TryGetValue("authorization", out var header) || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return false;

        // Comparing hashes takes the same time however much of the token a guess gets right, and whatever its length.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header.AsSpan(Scheme.Length).Trim().ToString()));
        var wanted = SHA256.HashData(Encoding.UTF8.GetBytes(expected.Trim()));
        return CryptographicOperations.FixedTimeEquals(given, wanted);
    }
}
