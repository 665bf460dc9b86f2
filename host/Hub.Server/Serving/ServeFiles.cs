namespace Hub.Server.Serving;

/// <summary>The files a serving hub keeps in its data dir so that commands run beside it can find and reach it.</summary>
public static class ServeFiles
{
    /// <summary>Held exclusively (an OS file lock) while <c>hub serve</c> runs; the OS lets it go when the process dies.</summary>
    public static string LockPath(string dataDirectory) => Path.Combine(dataDirectory, "serve.lock");

    /// <summary>Where the serving hub listens: <see cref="ServeInfo"/> as JSON.</summary>
    public static string InfoPath(string dataDirectory) => Path.Combine(dataDirectory, "serve.json");

    /// <summary>The operator key the serving hub minted for the command line; readable by its user only.</summary>
    public static string KeyPath(string dataDirectory) => Path.Combine(dataDirectory, "operator.key");
}
