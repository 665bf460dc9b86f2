using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Pipeline.Privacy;

/// <summary>
/// The suppression list in memory, for one batch: which incoming records belong to an erased person. A customer record is
/// suppressed by its key, e-mail or phone; an order, interaction or event by the customer it names. With an empty list
/// (the usual case) nothing is hashed at all; otherwise each check is a hash and a set lookup, and a phone is parsed only
/// when some phone is suppressed.
/// </summary>
public sealed class SuppressionFilter
{
    // What separates values in CSV lines, JSON and the like; none of them is part of an e-mail address.
    private static readonly char[] RawSeparators = [',', ';', '"', '\'', '<', '>', '(', ')', '[', ']', '{', '}', '|', ':', ' ', '\t', '\r', '\n'];

    private readonly HashSet<string> _records = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
    private readonly SuppressionKeys _keys;

    /// <summary>A filter over <paramref name="suppressions"/>.</summary>
    public SuppressionFilter(IEnumerable<Suppression> suppressions, SuppressionKeys keys)
    {
        ArgumentNullException.ThrowIfNull(suppressions);
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        foreach (var suppression in suppressions)
        {
            var set = suppression.Kind switch
            {
                SuppressionKind.Record => _records,
                SuppressionKind.Email => _emails,
                _ => _phones,
            };
            set.Add(suppression.Hash);
        }
    }

    /// <summary>A filter that lets everything through, for callers with no erasures to honour.</summary>
    public static SuppressionFilter None { get; } = new([], new SuppressionKeys("US"));

    /// <summary>Whether no identifier is suppressed.</summary>
    public bool IsEmpty => _records.Count == 0 && _emails.Count == 0 && _phones.Count == 0;

    /// <summary>Whether <paramref name="record"/>, arriving from <paramref name="source"/>, belongs to an erased person.</summary>
    public bool Suppresses(string source, SourceRecord record)
    {
        if (IsEmpty) return false;
        return record switch
        {
            CustomerRecord customer => SuppressesCustomer(source, customer),
            OrderRecord order => SuppressesKey(source, order.CustomerSourceId),
            InteractionRecord interaction => SuppressesKey(source, interaction.CustomerSourceId),
            EventRecord @event => SuppressesKey(source, @event.CustomerSourceId),
            _ => false,
        };
    }

    /// <summary>
    /// Whether input a connector could not read (kept as raw text for the quarantine) holds a suppressed e-mail address, so
    /// that it does not bring the person back into the quarantine. Source ids and phones are not looked for: short ids
    /// (<c>1042</c>) and numbers turn up as other values, and a reject taken for the person's would be lost. Only rejects
    /// pay for this.
    /// </summary>
    public bool SuppressesRaw(string rawPayload)
    {
        if (_emails.Count == 0 || string.IsNullOrEmpty(rawPayload)) return false;
        foreach (var value in rawPayload.Split(RawSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (value.Contains('@', StringComparison.Ordinal) && SuppressionKeys.Email(value) is { } email && _emails.Contains(email)) return true;
        }

        return false;
    }

    private bool SuppressesCustomer(string source, CustomerRecord customer) =>
        SuppressesKey(source, customer.SourceId)
        || (_emails.Count > 0 && SuppressionKeys.Email(customer.Email) is { } email && _emails.Contains(email))
        || (_phones.Count > 0 && _keys.Phone(customer.Phone, customer.Country) is { } phone && _phones.Contains(phone));

    // A record without its key is left to validation, which quarantines it.
    private bool SuppressesKey(string source, string? sourceId) =>
        _records.Count > 0 && !string.IsNullOrEmpty(sourceId) && _records.Contains(SuppressionKeys.Record(source, sourceId));
}
