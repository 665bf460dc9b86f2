namespace Hub.Api.Graph;

/// <summary>A postal address as one of a customer's source records has it (masked as the caller's key may see it).</summary>
internal sealed record PostalAddress(string? Street, string? City, string? Postcode, string? Country);
