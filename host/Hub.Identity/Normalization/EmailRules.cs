using System.Collections.Frozen;

namespace Hub.Identity.Normalization;

/// <summary>
/// How e-mail addresses are compared: first their written shape (trimmed, lower-case, placeholders dropped), then
/// the rules of the large mail providers under which two spellings reach the same mailbox.
/// </summary>
public static class EmailRules
{
    // Local parts that forms and call-center agents type when the customer gave no address.
    private static readonly FrozenSet<string> PlaceholderMailboxes = FrozenSet.Create(StringComparer.Ordinal,
        "none", "noemail", "no-email", "no_email", "nomail", "no-mail", "noreply", "no-reply", "donotreply", "do-not-reply",
        "unknown", "null", "na", "n/a");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholders =
        PlaceholderMailboxes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Providers that deliver "name+anything" to "name". Yahoo is deliberately absent: it has no plus addressing, and its
    // disposable "base-keyword" addresses belong to a base name that is not the account name, so nothing can be stripped.
    private static readonly FrozenSet<string> PlusAddressingDomains = FrozenSet.Create(StringComparer.Ordinal,
        "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com",
        "protonmail.com", "protonmail.ch", "proton.me", "pm.me",
        "fastmail.com", "fastmail.fm");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlusAddressing =
        PlusAddressingDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The address trimmed and lower-cased; null when blank or not an address (no '@', nothing on either side of it,
    /// more than one '@', whitespace inside) or a placeholder such as <c>noemail@shop.cn</c>.
    /// </summary>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var text = email.Trim().ToLowerInvariant();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0 || HasWhiteSpace(text)) return null;
        return Placeholders.Contains(text.AsSpan(0, at)) ? null : text;
    }

    /// <summary>
    /// The address as its mailbox is known: <see cref="Normalize"/>, then the provider's rules. Gmail ignores dots
    /// and a <c>+tag</c> in the local part and googlemail.com is gmail.com; Outlook/Hotmail/Live/MSN, iCloud, Proton and
    /// Fastmail ignore a <c>+tag</c>. Other domains are left as written, since a '+' or '.' may be significant there.
    /// </summary>
    public static string? Canonical(string? email) => Normalize(email) is { } normalized ? ApplyProviderRules(normalized) : null;

    /// <summary>The part of a canonical (or normalised) address before the '@'.</summary>
    /// <exception cref="ArgumentException">The text has no '@'.</exception>
    public static string LocalPart(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var at = canonical.LastIndexOf('@');
        if (at < 0) throw new ArgumentException("An e-mail address has an '@'.", nameof(canonical));
        return canonical[..at];
    }

    /// <summary>The provider rules alone, over an address <see cref="Normalize"/> accepted.</summary>
    private static string ApplyProviderRules(string normalized)
    {
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        var local = normalized.AsSpan(0, at);
        var domain = normalized.AsSpan(at + 1);
        var plus = local.IndexOf('+');

        if (domain is "gmail.com" or "googlemail.com")
        {
            if (plus < 0 && !local.Contains('.') && domain is "gmail.com") return normalized;
            return Gmail(plus >= 0 ? local[..plus] : local) ?? normalized;
        }

        // "+tag@outlook.com" has no mailbox name to keep; it is left alone rather than turned into "@outlook.com".
        if (plus > 0 && PlusAddressing.Contains(domain)) return string.Concat(local[..plus], "@", domain);
        return normalized;
    }

    /// <summary>The Gmail address of a mailbox name with its dots removed, or null when no name is left.</summary>
    private static string? Gmail(ReadOnlySpan<char> mailbox)
    {
        // Real local parts are at most 64 chars; only junk input needs the heap.
        var undotted = mailbox.Length <= 128 ? stackalloc char[128] : new char[mailbox.Length];
        var length = 0;
        foreach (var c in mailbox)
        {
            if (c != '.') undotted[length++] = c;
        }

        // A local part of only dots and a tag names no mailbox; the caller then keeps the address as written.
        return length == 0 ? null : string.Concat(undotted[..length], "@gmail.com");
    }

    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) return true;
        }

        return false;
    }
}
