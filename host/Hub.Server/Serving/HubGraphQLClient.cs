using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Core;

namespace Hub.Server.Serving;

/// <summary>Sends GraphQL requests to the hub serving a data dir, with the operator key it minted for the command line.</summary>
public sealed class HubGraphQLClient(ServeInfo hub, string apiKey) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(hub.Url), Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>Runs the operation and returns its <c>data</c>; an error in the answer is a <see cref="UserFacingException"/> with its message.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new UserFacingException(
                $"the hub serving this data dir (pid {hub.Pid}, {hub.Url}) did not answer: {e.Message}; check that it is running, or stop it and run the command again");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(body);
                root = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new UserFacingException($"the hub at {hub.Url} answered {(int)response.StatusCode} without a GraphQL response; is another program on that port?");
            }

            if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                throw new UserFacingException(errors[0].GetProperty("message").GetString() ?? "the hub refused the request");
            }

            return root.GetProperty("data");
        }
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
