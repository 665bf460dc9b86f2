using System.Text;

namespace Hub.Plugins.Files.Tests;

/// <summary>A folder of CSV files for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-files-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a UTF-8 file (no BOM unless asked) and returns its full path.</summary>
    public string Write(string name, string text, bool bom = false)
    {
        var bytes = NoBom.GetBytes(text);
        return WriteBytes(name, bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
