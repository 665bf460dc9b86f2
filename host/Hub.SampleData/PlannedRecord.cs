namespace Hub.SampleData;

/// <summary>A channel record before it is written: where it lives and which identifiers it will show.</summary>
internal sealed class PlannedRecord(string source, Identifiers shown, bool guestAccount = false)
{
    public string Source { get; } = source;
    public Identifiers Shown { get; set; } = shown;

    /// <summary>A second shop account (a guest checkout) of someone who already has one.</summary>
    public bool GuestAccount { get; } = guestAccount;
}
