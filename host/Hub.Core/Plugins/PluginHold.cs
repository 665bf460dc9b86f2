namespace Hub.Core.Plugins;

/// <summary>Keeps a loaded plugin version from being unloaded until disposed (see <see cref="IPluginCatalog.HoldMiner"/>).</summary>
public sealed class PluginHold : IDisposable
{
    private Action? _release;

    /// <summary>A hold that <paramref name="release"/> gives back, once, on the first dispose.</summary>
    public PluginHold(Action release) => _release = release ?? throw new ArgumentNullException(nameof(release));

    private PluginHold()
    {
    }

    /// <summary>A hold on nothing: for catalogs that never unload a plugin, or a version already on its way out.</summary>
    public static PluginHold None { get; } = new();

    /// <summary>Gives the plugin version back.</summary>
    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
