namespace Hub.SampleData;

/// <summary>The source names the sample files are meant to be imported under, and their streams.</summary>
public static class SampleSources
{
    /// <summary>Callers identified by caller id.</summary>
    public const string CallCenter = "callcenter";

    /// <summary>Shop accounts; the only source with orders.</summary>
    public const string Shop = "shop";

    /// <summary>Mobile app users.</summary>
    public const string Mobile = "mobile";

    /// <summary>GitHub community members, keyed by login.</summary>
    public const string GitHub = "github";

    /// <summary>The stream of customer records (as in <c>SourceRecord.Stream</c>).</summary>
    public const string CustomersStream = "customers";

    /// <summary>The stream of orders.</summary>
    public const string OrdersStream = "orders";

    /// <summary>Every source, in the order files are written.</summary>
    public static IReadOnlyList<string> All { get; } = [CallCenter, Shop, Mobile, GitHub];
}
