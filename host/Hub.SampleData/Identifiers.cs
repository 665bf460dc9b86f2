namespace Hub.SampleData;

/// <summary>The identifiers the hub's first identity pass links on, as shown by one record.</summary>
[Flags]
internal enum Identifiers
{
    None = 0,
    Email = 1,
    Phone = 2,
    ExternalId = 4,
}
