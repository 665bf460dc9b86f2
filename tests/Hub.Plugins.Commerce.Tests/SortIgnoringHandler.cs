namespace Hub.Plugins.Commerce.Tests;

/// <summary>Stands for a Shopify-compatible shop that ignores <c>order=updated_at asc</c> and lists by id instead.</summary>
public sealed class SortIgnoringHandler : DelegatingHandler
{
    public SortIgnoringHandler() : base(new HttpClientHandler())
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var query = uri.Query.TrimStart('?').Split('&').Where(p => !p.StartsWith("order=", StringComparison.Ordinal));
        request.RequestUri = new UriBuilder(uri) { Query = string.Join('&', query) }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
