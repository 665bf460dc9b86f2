using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

/// <summary>
/// Cursors of the syncRuns connection: the run id, which only grows, so a cursor stays valid while new runs start.
/// Opaque to clients, and marked so that a cursor of another connection is refused rather than misread.
/// </summary>
internal static class SyncRunCursor
{
    private const string Kind = "run";

    public static string Encode(SyncRun run) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Kind}|{run.Id.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The run id the cursor names, or null when it is not a cursor of this connection.</summary>
    public static long? Decode(string cursor)
    {
        if (cursor.Length > 100) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == 2 && parts[0] == Kind && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
