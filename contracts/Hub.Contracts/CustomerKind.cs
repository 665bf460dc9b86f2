namespace Hub.Contracts;

/// <summary>Who a customer is: CRM deals with more than consumers.</summary>
public enum CustomerKind
{
    /// <summary>A consumer.</summary>
    Person,
    /// <summary>A company or other organization.</summary>
    Organization,
    /// <summary>An agent, distributor or reseller.</summary>
    ChannelPartner,
    /// <summary>A department of the business itself.</summary>
    Internal,
}
