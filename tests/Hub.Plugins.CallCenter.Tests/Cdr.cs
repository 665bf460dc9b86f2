using System.Globalization;
using System.Text;
using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.CallCenter.Tests;

/// <summary>Runs the connector the way the host does, and writes CDR lines the way Asterisk's cdr_csv does.</summary>
public static class Cdr
{
    public static ConnectorContext Context(string path, params (string Name, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Name, s => s.Value);
        values["path"] = path;
        return new ConnectorContext("pbx", "pbx", new TestSettings(values), NullLogger.Instance);
    }

    public static async Task<List<RecordBatch>> SyncAsync(ConnectorContext context, Checkpoint? checkpoint = null)
    {
        var batches = new List<RecordBatch>();
        await foreach (var batch in new CdrConnector().ReadAsync(context, checkpoint ?? Checkpoint.Start, TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public static List<InteractionRecord> Interactions(this IEnumerable<RecordBatch> batches) =>
        [.. batches.SelectMany(b => b.Records).OfType<InteractionRecord>()];

    public static List<CustomerRecord> Customers(this IEnumerable<RecordBatch> batches) =>
        [.. batches.SelectMany(b => b.Records).OfType<CustomerRecord>()];

    public static List<string> Ids(this IEnumerable<RecordBatch> batches) => [.. batches.Interactions().Select(i => i.InteractionId)];

    /// <summary>
    /// One inbound call as cdr_csv writes it: text fields quoted with inner quotes doubled, an unset answer time as a bare
    /// empty field, duration and billsec unquoted, a line feed at the end.
    /// </summary>
    public static string Line(string uniqueId, string start = "2024-03-05 09:00:00", string src = "5551234567", int billsec = 60)
    {
        var answered = billsec > 0;
        var text = new StringBuilder();
        foreach (var field in new[] { "", src, "7000", "from-pstn", $"\"Caller {src}\" <{src}>", "SIP/trunk-00000001", "SIP/201-0000002a", "Dial", "SIP/201,30" })
        {
            text.Append(Quote(field)).Append(',');
        }

        text.Append(Quote(start)).Append(',')
            .Append(answered ? Quote(start) : "").Append(',')
            .Append(Quote(start)).Append(',')
            .Append(billsec.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(billsec.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Quote(answered ? "ANSWERED" : "NO ANSWER")).Append(',')
            .Append(Quote("DOCUMENTATION")).Append(',')
            .Append(Quote(uniqueId)).Append(',')
            .Append(Quote(""))
            .Append('\n');
        return text.ToString();
    }

    public static string Lines(int from, int count) =>
        string.Concat(Enumerable.Range(from, count).Select(i => Line(string.Create(CultureInfo.InvariantCulture, $"1709630000.{i}"))));

    public static IEnumerable<string> UniqueIds(int from, int count) =>
        Enumerable.Range(from, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"1709630000.{i}"));

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
