namespace Hub.Identity;

/// <summary>The normalised values of one record that link it to others and that the golden record lists.</summary>
/// <param name="Email">The normalised e-mail, or null.</param>
/// <param name="Phone">The phone in E.164, or null when it could not be parsed: only these link.</param>
/// <param name="PhoneShown">The phone as the golden record lists it: E.164 where parseable, else as written.</param>
/// <param name="ExternalId">The trimmed external id, or null.</param>
internal readonly record struct RecordKeys(string? Email, string? Phone, string? PhoneShown, string? ExternalId);
