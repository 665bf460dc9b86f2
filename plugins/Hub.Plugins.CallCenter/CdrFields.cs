using CsvHelper;

namespace Hub.Plugins.CallCenter;

/// <summary>Reads cdr_csv lines with CsvHelper: no header, every text field quoted, quotes inside doubled, one call per line.</summary>
internal static class CdrFields
{
    public static CsvReaderOptions Options(Action<CsvMalformedRecord> onMalformed) => new()
    {
        Separator = ',',
        HasHeader = false,
        DetectSeparatorHint = false,
        // cdr_csv never breaks a line inside a field, so a quote left open is a damaged line: it must not swallow the next ones.
        AllowLineBreaksInQuotes = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        // Contexts, applications, dispositions and devices repeat on every line and are held until their batch is stored.
        PoolStrings = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = onMalformed,
    };

    /// <summary>Copies the current record's fields into <paramref name="values"/> by column; says why when it is no CDR.</summary>
    public static string? Fill(CsvReader reader, string[] values)
    {
        var layout = CdrColumns.LayoutFor(reader.FieldCount);
        if (layout is null) return CdrColumns.LayoutProblem(reader.FieldCount);
        Array.Fill(values, "");
        for (var field = 0; field < layout.Length; field++) values[layout[field]] = reader.GetString(field);
        return null;
    }

    /// <summary>Reads one CDR line (a quarantined one, or the first of a file being checked).</summary>
    public static string? FillFromLine(string line, string[] values)
    {
        CsvMalformedReason? quoting = null;
        using var reader = CsvReader.FromText(line, Options(m => quoting ??= m.Reason));
        if (!reader.Read()) return "the line is empty";
        return quoting is { } reason ? Describe(reason) : Fill(reader, values);
    }

    public static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote =>
            "bad quoting: a quote inside a field is not doubled (cdr_csv puts every text field in quotes and writes a quote inside one as \"\")",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes =>
            "bad quoting: a quoted field is not closed before the end of the line; the line was probably cut short",
        _ => $"malformed line ({reason})",
    };
}
