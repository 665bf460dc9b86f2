using System.Text.Encodings.Web;

namespace Hub.Api.Playground;

/// <summary>
/// The GraphiQL page a browser gets at <c>GET /graphql</c>: everything it loads comes from the hub itself, and the API
/// key the user types is sent as the <c>Authorization</c> header (kept in the tab's sessionStorage only).
/// </summary>
internal static class PlaygroundPage
{
    /// <summary>The page for the endpoint at <paramref name="endpointPath"/> (e.g. <c>/graphql</c>), its bundles under <c>{endpointPath}/playground/</c>.</summary>
    public static string Render(string endpointPath)
    {
        var encoded = HtmlEncoder.Default.Encode(endpointPath);
        return Template.Replace(EndpointPlaceholder, encoded, StringComparison.Ordinal);
    }

    private const string EndpointPlaceholder = "{{endpoint}}";

    private const string Template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Hub GraphQL playground</title>
        <link rel="stylesheet" href="{{endpoint}}/playground/graphiql.min.css">
        <style>
        html,body{height:100%;margin:0}body{display:flex;flex-direction:column;font-family:system-ui,sans-serif}
        #hub-key{display:flex;gap:.5rem;align-items:center;padding:.4rem .75rem;border-bottom:1px solid #ddd;font-size:14px}
        #hub-key input{flex:0 1 28rem;font-family:monospace}#hub-key small{color:#666}#graphiql{flex:1;min-height:0}
        </style>
        </head>
        <body>
        <form id="hub-key" autocomplete="off" onsubmit="return false">
        <label for="hub-key-input">API key</label>
        <input id="hub-key-input" type="password" placeholder="hub_..." spellcheck="false">
        <small>sent as <code>Authorization: Bearer</code>; kept in this tab only. Create one with <code>hub apikey create --role reader</code>.</small>
        </form>
        <div id="graphiql" data-endpoint="{{endpoint}}">Loading the playground…</div>
        <script src="{{endpoint}}/playground/react.production.min.js"></script>
        <script src="{{endpoint}}/playground/react-dom.production.min.js"></script>
        <script src="{{endpoint}}/playground/graphiql.min.js"></script>
        <script>
        (function () {
          var storageKey = 'hub-api-key';
          var container = document.getElementById('graphiql');
          var endpoint = container.getAttribute('data-endpoint');
          var input = document.getElementById('hub-key-input');
          input.value = sessionStorage.getItem(storageKey) || '';
          function makeFetcher() {
            var key = input.value.trim();
            return GraphiQL.createFetcher({
              url: endpoint,
              fetch: function (url, init) {
                var headers = new Headers((init && init.headers) || {});
                if (key) headers.set('Authorization', 'Bearer ' + key);
                return fetch(url, Object.assign({}, init, { headers: headers }));
              }
            });
          }
          var root = ReactDOM.createRoot(container);
          function render() {
            // A new fetcher makes GraphiQL load the schema again, now with the key.
            root.render(React.createElement(GraphiQL, {
              fetcher: makeFetcher(),
              defaultQuery: '{\n  customers(first: 10) {\n    totalCount\n    edges { node { id displayName city } }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n'
            }));
          }
          input.addEventListener('change', function () {
            sessionStorage.setItem(storageKey, input.value.trim());
            render();
          });
          render();
        })();
        </script>
        </body>
        </html>
        """;
}
