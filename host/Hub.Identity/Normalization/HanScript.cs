using System.Buffers;
using System.Text;

namespace Hub.Identity.Normalization;

/// <summary>Recognises Chinese characters (Han ideographs), whose names and addresses follow different rules.</summary>
internal static class HanScript
{
    /// <summary>Whether the code point is a Han ideograph (unified, extensions A to H, or compatibility).</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x323AF);

    /// <summary>Whether any character of the text is a Han ideograph.</summary>
    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Nothing below U+3400 is Han, so Latin text never reaches the decoder.
            if (text[i] < '\u3400') continue;
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out _) == OperationStatus.Done && IsHan(rune.Value)) return true;
        }

        return false;
    }

    /// <summary>Whether the text is not empty and every character of it is a Han ideograph.</summary>
    public static bool IsAllHan(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var used) != OperationStatus.Done || !IsHan(rune.Value)) return false;
            text = text[used..];
        }

        return true;
    }

    /// <summary>The length in chars of the first character: 2 for a surrogate pair (the rarer ideographs), else 1.</summary>
    public static int FirstLength(ReadOnlySpan<char> text) =>
        text.Length >= 2 && char.IsSurrogatePair(text[0], text[1]) ? 2 : Math.Min(1, text.Length);
}
