namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>The levels of the customer pyramid (Zeithaml, Rust &amp; Lemon 2001), most valuable first.</summary>
public enum Tier
{
    /// <summary>The few customers who make the first share of revenue.</summary>
    Platinum,

    /// <summary>The next customers, up to the 80% of revenue of the 20/80 rule.</summary>
    Gold,

    /// <summary>The customers who bring the volume that follows.</summary>
    Iron,

    /// <summary>The long tail, and every customer without revenue.</summary>
    Lead,
}
