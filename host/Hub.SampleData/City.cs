namespace Hub.SampleData;

/// <summary>A real city with what addresses and landlines there look like.</summary>
/// <param name="Country">ISO 3166 alpha-2.</param>
/// <param name="Name">The name as locals write it (上海, München).</param>
/// <param name="EnglishName">The name as people write it on GitHub profiles.</param>
/// <param name="PostcodePrefixes">Leading part of the postcode (UK: outward codes); the rest is random.</param>
/// <param name="AreaCode">Landline area code without the trunk prefix.</param>
/// <param name="RegionCode">Administrative division code, used in Chinese company registry numbers.</param>
internal sealed record City(
    string Country,
    string Name,
    string EnglishName,
    string[] PostcodePrefixes,
    string AreaCode,
    string RegionCode = "");
