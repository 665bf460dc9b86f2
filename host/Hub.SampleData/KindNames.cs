using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>How the <c>kind</c> column spells a <see cref="CustomerKind"/>.</summary>
internal static class KindNames
{
    public static string Of(CustomerKind kind) => kind switch
    {
        CustomerKind.Organization => "organization",
        CustomerKind.ChannelPartner => "channel_partner",
        CustomerKind.Internal => "internal",
        _ => "person",
    };
}
