using System.Security.Cryptography;
using System.Text;

namespace Hub.Plugins.Mobile;

/// <summary>
/// How Segment identities become source ids. A signed-in user is keyed by their <c>userId</c>; a visitor the app only
/// knows by device is keyed <c>anon:&lt;anonymousId&gt;</c>; an account (group) is <c>group:&lt;groupId&gt;</c>.
/// Every record that belongs to user U carries the external id <c>segment-user:U</c>: the user's own record, and an
/// anonymous profile once an identify (or alias) ties it to U. Identity resolution links records that share an
/// external id, so the visitor's events and traits join the user's customer.
/// </summary>
internal static class SegmentIds
{
    public const string AnonymousPrefix = "anon:";
    public const string GroupPrefix = "group:";
    public const string UserExternalIdPrefix = "segment-user:";

    /// <summary>The source id of whoever sent a message: the user when known, else the anonymous visitor.</summary>
    public static string CustomerOf(string? userId, string? anonymousId) => userId ?? Anonymous(anonymousId!);

    public static string Anonymous(string anonymousId) => AnonymousPrefix + anonymousId;

    public static string Group(string groupId) => GroupPrefix + groupId;

    public static string UserExternalId(string userId) => UserExternalIdPrefix + userId;

    /// <summary>
    /// An id for a message sent without a <c>messageId</c>: derived from its content, so the same message sent again
    /// (an SDK retry) is the same record rather than a duplicate.
    /// </summary>
    public static string Derived(string rawMessage) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawMessage)))[..32];
}
