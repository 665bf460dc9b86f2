namespace Hub.Core.Model;

/// <summary>An identifier ingest must not store again, as the hex SHA-256 of its normalised form (<see cref="IdentifierHash"/>).</summary>
/// <param name="Kind">What the identifier is.</param>
/// <param name="Hash">Lower-case hex SHA-256; never the identifier itself.</param>
public sealed record Suppression(SuppressionKind Kind, string Hash);
