namespace Hub.Plugins.CallCenter;

/// <summary>What a CDR's <c>userfield</c> held: a post-call survey score, and whatever else was written there.</summary>
/// <param name="Score">The survey score on the 1–5 scale, if one was recorded.</param>
/// <param name="Rest">The userfield without the score, or null when nothing else was in it.</param>
/// <param name="Warning">Why a score that was there was not used.</param>
internal readonly record struct UserField(decimal? Score, string? Rest, string? Warning)
{
    public static UserField Empty { get; } = new(null, null, null);
}
