using System.Text.Json;

namespace Hub.Server.Serving;

/// <summary>What <c>serve.json</c> says about the hub serving a data dir.</summary>
/// <param name="Pid">Its process id.</param>
/// <param name="Url">A loopback address it answers on, e.g. <c>http://127.0.0.1:5080</c>.</param>
/// <param name="KeyId">The id of the operator key it minted for the command line.</param>
/// <param name="StartedAt">When it started serving.</param>
public sealed record ServeInfo(int Pid, string Url, string KeyId, DateTimeOffset StartedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The info in the data dir, or null when there is none (or it cannot be read).</summary>
    public static ServeInfo? Read(string dataDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize<ServeInfo>(File.ReadAllText(ServeFiles.InfoPath(dataDirectory)), Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the info to the data dir, replacing what was there.</summary>
    public void Write(string dataDirectory) =>
        File.WriteAllText(ServeFiles.InfoPath(dataDirectory), JsonSerializer.Serialize(this, Json));
}
