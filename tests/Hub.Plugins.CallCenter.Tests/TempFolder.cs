using System.Text;

namespace Hub.Plugins.CallCenter.Tests;

/// <summary>A folder of CDR files for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-callcenter-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (UTF-8, no BOM) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text, NoBom);
        return path;
    }

    /// <summary>Adds text to the end of a file, as Asterisk does.</summary>
    public void Append(string name, string text) => File.AppendAllText(PathOf(name), text, NoBom);

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

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
