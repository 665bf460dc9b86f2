namespace Hub.SampleData;

/// <summary>Which deliberately broken row a customer carries.</summary>
[Flags]
internal enum DirtyRole
{
    None = 0,

    /// <summary>A shop row with an impossible birth date: the hub keeps the row and warns.</summary>
    BirthDate = 1,

    /// <summary>An extra order whose amount is not a number: the hub quarantines it.</summary>
    Amount = 2,

    /// <summary>An extra order placed on a day that does not exist: the hub quarantines it.</summary>
    OrderDate = 4,
}
