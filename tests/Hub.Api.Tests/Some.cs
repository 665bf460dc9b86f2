using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;

namespace Hub.Api.Tests;

/// <summary>Test data: customers as sources send them and as resolution unifies them.</summary>
public static class Some
{
    public const string Shop = "shop";
    public const string CallCenter = "callcenter";

    public static IReadOnlyList<PluginInfo> Plugins { get; } =
    [
        new("commerce", "1.2.0", "0.1.0", PluginStatus.Loaded, "Reads orders and customers from a shop", PluginLocation.Bundled),
        new("legacy-crm", null, "9.0.0", PluginStatus.Incompatible, "built for Hub.Contracts 9.0.0; this hub hosts 0.x", PluginLocation.Installed),
    ];

    /// <summary>Every customer has a shop record; every second one also a call-center record with an attribute.</summary>
    public static CustomerRecord ShopRecord(long number) => new()
    {
        SourceId = $"shop-{number}",
        Kind = number % 5 == 0 ? CustomerKind.Organization : CustomerKind.Person,
        FullName = $"Customer {number}",
        GivenName = $"Given{number}",
        FamilyName = $"Family{number}",
        Email = $"customer{number}@example.com",
        City = "Hangzhou",
        Country = "CN",
        Company = number % 5 == 0 ? $"Company {number}" : null,
    };

    public static CustomerRecord CallCenterRecord(long number) => new()
    {
        SourceId = $"cc-{number}",
        FullName = $"CUSTOMER {number}",
        Phone = $"+86 571 {number:0000000}",
        ExternalId = $"loyalty-{number}",
        Attributes = new Dictionary<string, string> { ["tier"] = number % 4 == 0 ? "gold" : "silver", ["agent"] = "A7" },
    };

    public static bool HasCallCenterRecord(long number) => number % 2 == 0;

    /// <summary>The customer whose name is written in Chinese, as many of the hub's customers' are.</summary>
    public const long ChineseNamedCustomer = 15;

    public const string ChineseName = "王芳";

    public static GoldenCustomer Golden(long number) => new()
    {
        Number = number,
        Kind = number % 5 == 0 ? CustomerKind.Organization : CustomerKind.Person,
        DisplayName = number == ChineseNamedCustomer ? ChineseName : $"Customer {number}",
        GivenName = $"Given{number}",
        FamilyName = $"Family{number}",
        Email = $"customer{number}@example.com",
        Phone = HasCallCenterRecord(number) ? $"+86571{number:0000000}" : null,
        Street = $"{number} Wensan Road",
        City = "Hangzhou",
        Postcode = "310012",
        Country = "CN",
        BirthDate = new DateOnly(1980, 1, 1).AddDays((int)number),
        Company = number % 5 == 0 ? $"Company {number}" : null,
        Emails = [$"customer{number}@example.com"],
        Phones = HasCallCenterRecord(number) ? [$"+86571{number:0000000}"] : [],
        RecordCount = HasCallCenterRecord(number) ? 2 : 1,
        Lineage = new Dictionary<string, FieldLineage>
        {
            ["email"] = new("shop", $"s{number}", LineageChangedAt, "most-recent"),
            ["city"] = new("operator", "7", LineageChangedAt.AddDays(1), "override"),
        },
    };

    /// <summary>When the record behind each customer's e-mail last changed.</summary>
    public static readonly DateTimeOffset LineageChangedAt = new(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);
}
