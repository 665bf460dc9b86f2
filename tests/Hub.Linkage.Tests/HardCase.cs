namespace Hub.Linkage.Tests;

/// <summary>The trap a generated hard-case person was made for, and so what the engine must do with their records.</summary>
internal enum HardCase
{
    /// <summary>Shares a family name, landline and address with 1-3 others; must stay apart from them.</summary>
    Household,

    /// <summary>Shares a full name and city with 1-2 other people; must stay apart from them.</summary>
    Namesake,

    /// <summary>Writes one Gmail or QQ mailbox differently per source (dots, +tags, googlemail.com, case); must be one customer.</summary>
    EmailAlias,

    /// <summary>Writes one phone number differently per source (+86, 0086, national with a country); must be one customer.</summary>
    PhoneFormat,

    /// <summary>Appears as 王建华 in one source and "Jianhua Wang" or "WANG Jianhua" (or "SMITH, John" / "Mr. John Smith") in another.</summary>
    Script,

    /// <summary>Has a one-letter (or one homophone character) slip in the name on one record.</summary>
    Typo,
}

/// <summary>One real person behind generated records: the truth label, the case, and the household or namesake group.</summary>
internal sealed record HardCasePerson(string Id, HardCase Case, string? Group);
