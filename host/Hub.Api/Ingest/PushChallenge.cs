using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Ingest;

/// <summary>
/// The <c>WWW-Authenticate</c> challenge of a refused push. The contracts do not say which scheme a plugin expects, so
/// the challenge answers in the scheme the sender tried (Segment clients send Basic, call-center pushers Bearer), and
/// names both when the sender sent no credentials header at all.
/// </summary>
internal static class PushChallenge
{
    private const string Realm = "realm=\"hub-ingest\"";

    public static StringValues For(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        var scheme = header.Split(' ', 2)[0];
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)) return $"Basic {Realm}";
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return $"Bearer {Realm}, error=\"invalid_token\"";
        return new StringValues([$"Bearer {Realm}", $"Basic {Realm}"]);
    }
}
