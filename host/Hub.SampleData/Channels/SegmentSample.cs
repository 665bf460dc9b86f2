using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.SampleData.Channels;

/// <summary>
/// The mobile app's traffic for the sample's app users, as Segment HTTP API batches: an <c>identify</c> with traits
/// per user (some first seen anonymously, so the batch links anonymousId to userId), app events, and NPS survey answers
/// (<c>Survey Submitted</c> with <c>score</c> 0-10).
/// </summary>
public static class SegmentSample
{
    private const int MessagesPerBatch = 100;

    /// <summary>The batch bodies (<c>{"batch":[...]}</c>) for every mobile record of <paramref name="people"/>.</summary>
    public static IEnumerable<string> Batches(IEnumerable<SamplePerson> people, SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var batch = new JsonArray();
        foreach (var person in people)
        {
            foreach (var record in person.Records.Where(r => r.Source == SampleSources.Mobile))
            {
                foreach (var message in Messages(person, record, options)) batch.Add(message);
                if (batch.Count >= MessagesPerBatch)
                {
                    yield return Body(batch);
                    batch = [];
                }
            }
        }

        if (batch.Count > 0) yield return Body(batch);
    }

    private static IEnumerable<JsonObject> Messages(SamplePerson person, SampleCustomerRow record, SampleDataOptions options)
    {
        var random = new Random(unchecked((options.Seed * 1_000_003) ^ (person.Index * 104_729)));
        var span = (options.End.ToDateTime(TimeOnly.MinValue) - options.Start.ToDateTime(TimeOnly.MinValue)).TotalSeconds;
        var firstSeen = options.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(random.NextDouble() * span * 0.8);
        var anonymousId = random.NextDouble() < 0.5 ? $"anon-{person.Index:x6}-{random.Next(0x10000):x4}" : null;
        var sequence = 0;
        string Id() => $"sample-{person.Index}-{sequence++}";

        var traits = new JsonObject();
        if (record.FullName is not null) traits["name"] = record.FullName;
        if (record.Email is not null) traits["email"] = record.Email;
        if (record.Phone is not null) traits["phone"] = record.Phone;
        if (record.City is not null || record.Country is not null) traits["address"] = new JsonObject { ["city"] = record.City, ["country"] = record.Country };

        if (anonymousId is not null)
            yield return Message("track", Id(), null, anonymousId, firstSeen, m => m["event"] = "App Installed");
        yield return Message("identify", Id(), record.SourceId, anonymousId, firstSeen.AddMinutes(3), m => m["traits"] = traits);

        var events = 1 + random.Next(6);
        for (var i = 0; i < events; i++)
        {
            var at = firstSeen.AddDays(random.NextDouble() * 200);
            yield return random.NextDouble() < 0.5
                ? Message("screen", Id(), record.SourceId, null, at, m => m["name"] = random.NextDouble() < 0.5 ? "Home" : "Orders")
                : Message("track", Id(), record.SourceId, null, at, m => m["event"] = "App Opened");
        }

        if (random.NextDouble() < 0.35)
        {
            var score = Math.Clamp((int)Math.Round(7 + random.NextDouble() * 5 - (random.NextDouble() < 0.2 ? 6 : 0)), 0, 10);
            yield return Message("track", Id(), record.SourceId, null, firstSeen.AddDays(30 + random.Next(150)), m =>
            {
                m["event"] = "Survey Submitted";
                m["properties"] = new JsonObject { ["survey"] = "nps", ["score"] = score };
            });
        }
    }

    private static JsonObject Message(string type, string messageId, string? userId, string? anonymousId, DateTime at, Action<JsonObject> fill)
    {
        var message = new JsonObject
        {
            ["type"] = type,
            ["messageId"] = messageId,
            ["timestamp"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        if (userId is not null) message["userId"] = userId;
        if (anonymousId is not null) message["anonymousId"] = anonymousId;
        fill(message);
        return message;
    }

    private static string Body(JsonArray batch) => new JsonObject { ["batch"] = batch }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
