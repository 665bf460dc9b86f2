using System.Globalization;

namespace Hub.Contracts.Testing;

/// <summary>
/// Generated customers for mining tests, the same for the same arguments: a small mixed population a miner should handle
/// as it handles the hub's.
/// </summary>
public static class ConformancePopulation
{
    private static readonly string[] Skus = ["SKU-1", "SKU-2", "SKU-3", "SKU-4", "SKU-5", "SKU-6", "SKU-7", "SKU-8"];

    /// <summary>
    /// Customers <c>cus_1</c> to <c>cus_{count}</c> with activity over the two years up to <paramref name="asOf"/>, oldest first:
    /// orders in EUR with one to three lines of eight SKUs; calls (channel <c>call</c>) of which some carry a survey score
    /// 1–5, and e-mails; app events, among them NPS answers (<c>Survey Submitted</c> with <c>{"survey":"nps","score":0-10}</c>);
    /// profiles with a display name, a country, a first contact, for some a company and its <c>company:</c> group and a
    /// <c>shop:referrals</c> attribute. Every seventh customer has no activity at all; every tenth is an organization.
    /// </summary>
    /// <param name="count">How many customers.</param>
    /// <param name="asOf">The last day with activity.</param>
    /// <param name="seed">Another seed gives another population of the same kind.</param>
    public static IReadOnlyList<CustomerActivity> Generate(int count, DateOnly asOf, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var end = new DateTimeOffset(asOf.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var customers = new List<CustomerActivity>(count);
        for (var n = 1; n <= count; n++)
        {
            var id = "cus_" + Text(n);
            var source = "src-" + Text(n);
            var company = n % 3 == 0 ? "Company " + Text(n % 5) : null;
            var profile = new CustomerProfile
            {
                DisplayName = "Customer " + Text(n),
                Company = company,
                Country = n % 4 == 0 ? "FR" : "DE",
                FirstSeenAt = end.AddDays(-random.Next(30, 730)),
                Groups = company is null ? [] : ["company:" + company.ToLowerInvariant().Replace(' ', '-')],
                Attributes = n % 4 == 1
                    ? new Dictionary<string, string> { ["shop:referrals"] = Text(random.Next(0, 4)) }
                    : new Dictionary<string, string>(),
            };
            var kind = n % 10 == 0 ? CustomerKind.Organization : CustomerKind.Person;
            if (n % 7 == 0)
            {
                customers.Add(new CustomerActivity(id, kind, [], []) { Profile = profile });
                continue;
            }

            customers.Add(new CustomerActivity(id, kind, Orders(random, source, end), Interactions(random, source, end))
            {
                Events = Events(random, source, end),
                Profile = profile,
            });
        }

        return customers;
    }

    private static List<OrderRecord> Orders(Random random, string source, DateTimeOffset end)
    {
        var orders = new List<OrderRecord>();
        foreach (var day in Days(random, random.Next(0, 13)))
        {
            var lines = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => new OrderLine(Skus[random.Next(Skus.Length)], random.Next(1, 4), random.Next(500, 12_000) / 100m))
                .ToList();
            orders.Add(new OrderRecord
            {
                OrderId = $"{source}-o{Text(orders.Count + 1)}",
                CustomerSourceId = source,
                OrderedAt = end.AddDays(-day),
                Amount = lines.Sum(line => line.Quantity * line.UnitPrice),
                Currency = "EUR",
                Lines = lines,
            });
        }

        return orders;
    }

    private static List<InteractionRecord> Interactions(Random random, string source, DateTimeOffset end)
    {
        var interactions = new List<InteractionRecord>();
        foreach (var day in Days(random, random.Next(0, 7)))
        {
            var call = random.Next(3) > 0;
            interactions.Add(new InteractionRecord
            {
                InteractionId = $"{source}-i{Text(interactions.Count + 1)}",
                CustomerSourceId = source,
                OccurredAt = end.AddDays(-day).AddHours(-3),
                Channel = call ? "call" : "email",
                Type = call ? "inbound" : "message",
                Score = call && random.Next(2) == 0 ? random.Next(1, 6) : null,
            });
        }

        return interactions;
    }

    private static List<EventRecord> Events(Random random, string source, DateTimeOffset end)
    {
        var events = new List<EventRecord>();
        foreach (var day in Days(random, random.Next(0, 5)))
        {
            var survey = random.Next(3) == 0;
            events.Add(new EventRecord
            {
                EventId = $"{source}-e{Text(events.Count + 1)}",
                CustomerSourceId = source,
                Name = survey ? "Survey Submitted" : "App Opened",
                OccurredAt = end.AddDays(-day).AddHours(-1),
                PropertiesJson = survey ? "{\"survey\":\"nps\",\"score\":" + Text(random.Next(0, 11)) + "}" : null,
            });
        }

        return events;
    }

    // Distinct days before the end, oldest (largest) first, so the records come oldest first as the hub gives them.
    private static IEnumerable<int> Days(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.Next(0, 730)).Distinct().OrderDescending().ToList();

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
