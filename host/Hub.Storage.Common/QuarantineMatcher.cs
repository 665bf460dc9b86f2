using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>
/// Tells whether a quarantined input holds one of an erased person's identifiers as the records stored them. E-mails and
/// phones are distinctive enough to match anywhere, in any source; a source id (often short, like <c>c1</c>) matches only
/// in inputs of its own source, and only as a whole value, so <c>c1</c> does not take <c>c10</c>'s input with it.
/// </summary>
internal sealed class QuarantineMatcher
{
    // Fewer characters than this are no identifier: a placeholder phone, a stray value.
    private const int ShortestPhone = 6;

    private readonly List<string> _anywhere = [];
    private readonly List<(string Source, string SourceId)> _sourceIds = [];

    public QuarantineMatcher(IEnumerable<ErasableRecord> records)
    {
        foreach (var record in records)
        {
            _sourceIds.Add((record.Source, record.SourceId));
            if (record.Email?.Trim() is { Length: > 0 } email && email.Contains('@', StringComparison.Ordinal)) _anywhere.Add(email);
            if (record.Phone?.Trim() is { Length: >= ShortestPhone } phone) _anywhere.Add(phone);
        }
    }

    public bool Matches(string source, string payload)
    {
        foreach (var needle in _anywhere)
        {
            if (payload.Contains(needle, StringComparison.OrdinalIgnoreCase)) return true;
        }

        foreach (var (recordSource, sourceId) in _sourceIds)
        {
            if (recordSource == source && ContainsWhole(payload, sourceId)) return true;
        }

        return false;
    }

    private static bool ContainsWhole(string payload, string value)
    {
        for (var at = payload.IndexOf(value, StringComparison.Ordinal); at >= 0; at = payload.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            if ((at == 0 || !IsPartOfId(payload[at - 1])) && (end == payload.Length || !IsPartOfId(payload[end]))) return true;
        }

        return false;
    }

    private static bool IsPartOfId(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '@';
}
