using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>Reads the <c>kind</c> column and setting.</summary>
internal static class CustomerKinds
{
    public const string ValidNames = "person, organization, channel_partner, internal";

    // Spellings seen in real exports, Chinese ones included (the hub's users write both).
    private static readonly Dictionary<string, CustomerKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = CustomerKind.Person,
        ["individual"] = CustomerKind.Person,
        ["consumer"] = CustomerKind.Person,
        ["个人"] = CustomerKind.Person,
        ["organization"] = CustomerKind.Organization,
        ["organisation"] = CustomerKind.Organization,
        ["company"] = CustomerKind.Organization,
        ["企业"] = CustomerKind.Organization,
        ["公司"] = CustomerKind.Organization,
        ["channelpartner"] = CustomerKind.ChannelPartner,
        ["partner"] = CustomerKind.ChannelPartner,
        ["渠道"] = CustomerKind.ChannelPartner,
        ["渠道伙伴"] = CustomerKind.ChannelPartner,
        ["internal"] = CustomerKind.Internal,
        ["内部"] = CustomerKind.Internal,
    };

    public static bool TryParse(string text, out CustomerKind kind)
    {
        var key = text.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return ByName.TryGetValue(key, out kind);
    }

    public static string NameOf(CustomerKind kind) => kind switch
    {
        CustomerKind.Organization => "organization",
        CustomerKind.ChannelPartner => "channel_partner",
        CustomerKind.Internal => "internal",
        _ => "person",
    };
}
