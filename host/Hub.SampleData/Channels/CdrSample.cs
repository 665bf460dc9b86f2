using System.Globalization;
using System.Text;

namespace Hub.SampleData.Channels;

/// <summary>
/// Writes the call center's calls with the sample's callers as an Asterisk <c>Master.csv</c>: no header, the 18
/// standard cdr_csv columns, every field quoted, times in the PBX's local time (UTC here). Some answered calls carry a
/// post-call survey score in <c>userfield</c> (<c>csat=1..5</c>).
/// </summary>
public static class CdrSample
{
    private static readonly string[] Agents = ["SIP/201", "SIP/202", "SIP/203", "SIP/205", "SIP/210"];

    /// <summary>Writes the calls of every call-center record of <paramref name="people"/>; returns how many calls.</summary>
    public static int Write(IEnumerable<SamplePerson> people, string path, SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        var calls = 0;
        var span = (options.End.ToDateTime(TimeOnly.MinValue) - options.Start.ToDateTime(TimeOnly.MinValue)).TotalSeconds;
        foreach (var person in people)
        {
            foreach (var record in person.Records.Where(r => r.Source == SampleSources.CallCenter))
            {
                // HashCode.Combine is seeded per process; a plain mix keeps the calls the same on every run.
                var random = new Random(unchecked((options.Seed * 1_000_003) ^ (person.Index * 7919)));
                var count = 1 + random.Next(4);
                for (var call = 0; call < count; call++)
                {
                    var start = options.Start.ToDateTime(TimeOnly.MinValue).AddSeconds(random.NextDouble() * span);
                    writer.WriteLine(Line(person, record, start, random, $"{1_600_000_000 + person.Index}.{call}"));
                    calls++;
                }
            }
        }

        return calls;
    }

    private static string Line(SamplePerson person, SampleCustomerRow record, DateTime start, Random random, string uniqueId)
    {
        var answered = random.NextDouble() < 0.85;
        var ring = random.Next(3, 30);
        var talk = answered ? random.Next(20, 900) : 0;
        var agent = Agents[random.Next(Agents.Length)];
        var caller = person.Phone;
        var name = record.FullName ?? person.FullName;
        var survey = answered && random.NextDouble() < 0.4 ? $"csat={1 + random.Next(5)}" : "";
        string[] fields =
        [
            "", caller, "8000", "from-external", $"\"{name}\" <{caller}>", $"PJSIP/trunk-{random.Next(0x10000):x8}",
            answered ? $"{agent}-{random.Next(0x10000):x8}" : "", "Queue", "support,t", Time(start),
            answered ? Time(start.AddSeconds(ring)) : "", Time(start.AddSeconds(ring + talk)),
            (ring + talk).ToString(CultureInfo.InvariantCulture), talk.ToString(CultureInfo.InvariantCulture),
            answered ? "ANSWERED" : random.NextDouble() < 0.5 ? "NO ANSWER" : "BUSY", "DOCUMENTATION", uniqueId, survey,
        ];
        return string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
