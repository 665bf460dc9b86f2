namespace Hub.Identity.Normalization;

/// <summary>
/// A person's name split into the parts records are compared on, each folded (see <see cref="TextFold"/>) or null when
/// unknown. <see cref="IsCjk"/> says the name is written in Chinese characters, where the family name comes first and
/// <see cref="NameParser.Romanized"/> gives the pinyin that Latin-script records of the same person carry.
/// </summary>
/// <param name="Given">The given (first) name, without middle names; null when unknown.</param>
/// <param name="Family">The family name (surname), with particles such as "van" or "de"; null when unknown.</param>
/// <param name="IsCjk">Whether either part is written in Chinese characters.</param>
public readonly record struct PersonName(string? Given, string? Family, bool IsCjk)
{
    /// <summary>Whether neither part is known.</summary>
    public bool IsEmpty => Given is null && Family is null;
}
