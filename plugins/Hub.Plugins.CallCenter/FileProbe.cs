using System.Security.Cryptography;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// A CDR file as it is now: a hash of its first line, which tells the file apart from a rotated or rewritten one under
/// the same name, and where its last complete line ends. Asterisk appends whole lines, but a line may be caught half
/// written; reading stops before it until it is complete.
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Head">The hash of its first line.</param>
/// <param name="CompleteEnd">The byte offset just past the last line break.</param>
internal sealed record FileProbe(CdrFile File, string Head, long CompleteEnd)
{
    // Longer than any line cdr_csv writes (it builds each in a 1 KB buffer).
    private const int HeadLength = 4096;

    /// <summary>Looks at a file; null when it has no complete line yet or has gone (rotated away between listing and now).</summary>
    public static FileProbe? Read(CdrFile file)
    {
        try
        {
            using var stream = Open(file.FullPath);
            var length = stream.Length;
            var start = new byte[(int)Math.Min(HeadLength, length)];
            stream.ReadExactly(start);
            var firstBreak = start.AsSpan().IndexOf((byte)'\n');
            if (firstBreak < 0 && start.Length < HeadLength) return null;
            var head = firstBreak < 0 ? start : start.AsSpan(0, firstBreak + 1);
            return new FileProbe(file, Convert.ToHexStringLower(SHA256.HashData(head)[..16]), LastLineEnd(stream, length));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Opens a file for reading while Asterisk keeps appending to it and logrotate may rename it.</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);

    /// <summary>Whether reading can go on at <paramref name="offset"/>: the file still reaches it and a line ends right before it.</summary>
    public bool CanResumeAt(long offset)
    {
        if (offset == 0) return true;
        if (offset > CompleteEnd) return false;
        using var stream = Open(File.FullPath);
        stream.Position = offset - 1;
        return stream.ReadByte() == '\n';
    }

    private static long LastLineEnd(FileStream stream, long length)
    {
        var chunk = new byte[HeadLength];
        for (var end = length; end > 0;)
        {
            var size = (int)Math.Min(chunk.Length, end);
            stream.Position = end - size;
            stream.ReadExactly(chunk, 0, size);
            var lastBreak = chunk.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (lastBreak >= 0) return end - size + lastBreak + 1;
            end -= size;
        }

        return 0;
    }
}
