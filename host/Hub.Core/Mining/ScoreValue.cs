namespace Hub.Core.Mining;

/// <summary>A score's value as stored: a number, a label (a segment, a tier), or both.</summary>
public readonly record struct ScoreValue(double? Value, string? Label);
