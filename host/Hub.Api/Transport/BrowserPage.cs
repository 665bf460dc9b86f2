using System.Text.Encodings.Web;

namespace Hub.Api.Transport;

/// <summary>
/// What a person who opens the endpoint in a browser sees when this build has no GraphiQL playground: how to get it,
/// and how to query without it.
/// </summary>
internal static class BrowserPage
{
    /// <summary>The page, with the examples pointing at <paramref name="endpointUrl"/>.</summary>
    public static string Render(string endpointUrl) => Template.Replace(UrlPlaceholder, HtmlEncoder.Default.Encode(endpointUrl), StringComparison.Ordinal);

    private const string UrlPlaceholder = "{{endpoint}}";

    private const string Template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Hub GraphQL API</title>
        <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}</style>
        </head>
        <body>
        <h1>Hub GraphQL API</h1>
        <p><strong>The GraphiQL playground is not part of this build.</strong> It is built from npm packages when the hub
        is built on a machine with Node.js and npm; to add it, run <code>npm ci</code> in <code>host/Hub.Api/Playground</code>
        and build the hub again (<code>dotnet build host/Hub.Server</code>). The files are then served by the hub itself,
        so it works offline. The API below works the same either way.</p>
        <p>This is the GraphQL endpoint of the hub. Send queries with <code>POST</code> (a JSON body with
        <code>query</code>, and optionally <code>variables</code> and <code>operationName</code>) or with <code>GET</code>
        (the same names as query-string parameters; queries only).</p>
        <p>Every request needs an API key in the <code>Authorization</code> header. Create one on the hub's machine with:</p>
        <pre>hub apikey create --role reader</pre>
        <p>Then ask for the first customers:</p>
        <pre>curl -s {{endpoint}} \
          -H "Authorization: Bearer hub_..." \
          -H "Content-Type: application/json" \
          -d '{"query":"{ customers(first: 10) { totalCount edges { node { id displayName email } } pageInfo { hasNextPage endCursor } } }"}'</pre>
        <p>Pass <code>pageInfo.endCursor</code> as <code>after</code> to read the next page. Other root fields:
        <code>customer(id: "cus_1")</code>, <code>node(id: ...)</code> and <code>plugins</code>. Any GraphQL client that
        can send a header (and introspect the schema) works too.</p>
        </body>
        </html>
        """;
}
