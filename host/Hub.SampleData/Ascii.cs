using System.Text;

namespace Hub.SampleData;

/// <summary>Turns names into the letters people use in e-mail addresses and logins.</summary>
internal static class Ascii
{
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'a' and <= 'z': builder.Append(c); break;
                case >= 'A' and <= 'Z': builder.Append((char)(c + 32)); break;
                case 'ä' or 'Ä': builder.Append("ae"); break;
                case 'ö' or 'Ö': builder.Append("oe"); break;
                case 'ü' or 'Ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case 'é' or 'è' or 'ê' or 'É': builder.Append('e'); break;
                case 'á' or 'à' or 'â': builder.Append('a'); break;
                case 'ó' or 'ô': builder.Append('o'); break;
                case 'í' or 'î': builder.Append('i'); break;
                case 'ç': builder.Append('c'); break;
                case 'ñ': builder.Append('n'); break;
            }
        }
        return builder.Length == 0 ? "user" : builder.ToString();
    }

    /// <summary>The first word only, for company domains (Cartwright, Kulas and Hammes → cartwright).</summary>
    public static string FirstWordSlug(string text)
    {
        var end = text.IndexOfAny([' ', ',', '-']);
        return Slug(end > 0 ? text[..end] : text);
    }
}
