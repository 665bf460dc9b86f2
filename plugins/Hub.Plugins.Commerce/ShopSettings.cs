using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>The settings of one instance, read and checked once per check or sync.</summary>
internal sealed record ShopSettings(Uri BaseUrl, string AccessToken, string ApiVersion, int PageSize, TimeSpan Lookback, string? DefaultCountry)
{
    public const string BaseUrlName = "baseUrl";
    public const string AccessTokenName = "accessToken";
    public const string ApiVersionName = "apiVersion";
    public const string PageSizeName = "pageSize";
    public const string LookbackName = "lookbackMinutes";
    public const string DefaultCountryName = "defaultCountry";
    public const string WebhookSecretName = "webhookSecret";

    public const string DefaultApiVersion = "2024-10";

    // Shopify refuses larger pages.
    public const int MaxPageSize = 250;
    public const int DefaultLookbackMinutes = 5;

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(BaseUrlName, "The shop's address, e.g. https://example.myshopify.com", Required: true, Type: SettingType.Url),
        new(AccessTokenName, "An Admin API access token with the read_customers and read_orders scopes", Required: true, Secret: true),
        new(ApiVersionName, "The Admin API version in the request path, e.g. 2024-10", Default: DefaultApiVersion),
        new(PageSizeName, $"Records per request (limit), at most {MaxPageSize}; each page is stored with its checkpoint",
            Type: SettingType.Integer, Default: MaxPageSize.ToString(CultureInfo.InvariantCulture)),
        new(LookbackName, "Re-read changes this many minutes before the checkpoint, to catch updates the shop stamped late",
            Type: SettingType.Integer, Default: DefaultLookbackMinutes.ToString(CultureInfo.InvariantCulture)),
        new(DefaultCountryName, "ISO 3166 alpha-2 country for customers whose address has none (helps reading their phone numbers)"),
        new(WebhookSecretName, "The app's client secret that signs the shop's webhooks (X-Shopify-Hmac-Sha256); set it to take customers/delete " +
            "and other webhooks at POST /ingest/{connector id}", Secret: true),
    ];

    /// <exception cref="InvalidSettingException">naming the setting and the values it accepts.</exception>
    public static ShopSettings Read(ISettings settings)
    {
        var baseText = settings.GetRequired(BaseUrlName).Trim();
        if (!Uri.TryCreate(baseText, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidSettingException(BaseUrlName, $"setting '{BaseUrlName}' must be an http(s) address such as https://example.myshopify.com, not '{baseText}'");
        }

        // A trailing slash makes relative request paths land under any path the shop is served from.
        if (!baseUrl.AbsolutePath.EndsWith('/')) baseUrl = new Uri(baseUrl.GetLeftPart(UriPartial.Path) + "/");

        var version = settings.Get(ApiVersionName)?.Trim();
        if (string.IsNullOrEmpty(version)) version = DefaultApiVersion;
        if (!IsApiVersion(version))
        {
            throw new InvalidSettingException(ApiVersionName, $"setting '{ApiVersionName}' must look like 2024-10 (or be 'unstable'), not '{version}'");
        }

        var pageSize = settings.GetInt(PageSizeName, MaxPageSize);
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new InvalidSettingException(PageSizeName, $"setting '{PageSizeName}' must be between 1 and {MaxPageSize}, not {pageSize}");
        }

        var lookback = settings.GetInt(LookbackName, DefaultLookbackMinutes);
        if (lookback < 0)
        {
            throw new InvalidSettingException(LookbackName, $"setting '{LookbackName}' must be 0 or more, not {lookback}");
        }

        return new ShopSettings(baseUrl, settings.GetRequired(AccessTokenName).Trim(), version, pageSize,
            TimeSpan.FromMinutes(lookback), ReadCountry(settings.Get(DefaultCountryName)));
    }

    /// <summary>The address of an Admin API resource, e.g. <c>customers.json</c>.</summary>
    public Uri Resource(string path) => new(BaseUrl, $"admin/api/{ApiVersion}/{path}");

    private static bool IsApiVersion(string text) =>
        text == "unstable"
        || (text.Length == 7 && text[4] == '-' && text.Remove(4, 1).All(char.IsAsciiDigit));

    /// <summary>The default country setting alone, for webhooks, which need nothing else.</summary>
    public static string? ReadCountry(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var code = value.Trim().ToUpperInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new InvalidSettingException(DefaultCountryName, $"setting '{DefaultCountryName}' must be a two-letter country code such as US or CN, not '{value}'");
    }
}
