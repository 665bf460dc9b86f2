using System.Diagnostics.CodeAnalysis;

namespace Hub.Core.Model;

/// <summary>A source record as operators name it: <c>SOURCE:ID</c>, e.g. <c>shop:1042</c>. Stable across resolutions.</summary>
/// <param name="Source">The source.</param>
/// <param name="SourceId">The record's id in the source.</param>
public sealed record RecordRef(string Source, string SourceId)
{
    /// <summary>Reads <c>SOURCE:ID</c>; the id may itself contain colons.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RecordRef? record)
    {
        record = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        record = new RecordRef(text[..colon].Trim(), text[(colon + 1)..].Trim());
        return record.Source.Length > 0 && record.SourceId.Length > 0;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}:{SourceId}";
}
