using System.Globalization;

namespace Hub.Server.Copy;

/// <summary>One table of a copy: its rows and checksum as read from the source, and as read back from the target.</summary>
internal sealed record CopyTableResult(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    /// <summary>Whether the target holds what the source did.</summary>
    public bool Matches => SourceRows == TargetRows && string.Equals(SourceChecksum, TargetChecksum, StringComparison.Ordinal);
}

/// <summary>What <c>hub copy</c> did, table by table; committed only when every table matches.</summary>
internal sealed record CopyReport(string Source, string Target, IReadOnlyList<CopyTableResult> Tables, TimeSpan Elapsed)
{
    // Enough of a SHA-256 to tell two apart at a glance; the comparison uses all of it.
    private const int ChecksumShown = 16;

    /// <summary>Whether every table matches.</summary>
    public bool Matches => Tables.All(t => t.Matches);

    /// <summary>Prints the table of counts and checksums, and a closing line.</summary>
    public void Print(TextWriter output)
    {
        var width = Math.Max("TABLE".Length, Tables.Max(t => t.Table.Length));
        output.WriteLine($"{"TABLE".PadRight(width)} {"SOURCE ROWS",12} {"TARGET ROWS",12}  {"CHECKSUM (SHA-256)",-ChecksumShown}  RESULT");
        foreach (var table in Tables)
        {
            var checksum = table.Matches || table.SourceChecksum == table.TargetChecksum
                ? table.SourceChecksum[..ChecksumShown]
                : $"{table.SourceChecksum[..ChecksumShown]} in the source, {table.TargetChecksum[..ChecksumShown]} in the target";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table.Table.PadRight(width)} {table.SourceRows,12:N0} {table.TargetRows,12:N0}  {checksum,-ChecksumShown}  {(table.Matches ? "same" : "DIFFERENT")}"));
        }

        var rows = Tables.Sum(t => t.SourceRows);
        output.WriteLine(Matches
            ? string.Create(CultureInfo.InvariantCulture,
                $"Copied {Tables.Count} tables ({rows:N0} rows) from {Source} to {Target} in {Elapsed.TotalSeconds:0.0} s: every count and checksum matches.")
            : $"{Tables.Count(t => !t.Matches)} table(s) differ between {Source} and {Target} (marked DIFFERENT): nothing was committed.");
    }
}
