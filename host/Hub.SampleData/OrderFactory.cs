using System.Globalization;
using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>
/// Shop orders with a customer pyramid: many one-off buyers, repeat buyers, and a few key accounts (firms,
/// channel partners, big spenders) whose orders are many and large, so a fifth of the buyers bring most revenue.
/// </summary>
internal sealed class OrderFactory(DateOnly start, DateOnly end)
{
    private readonly int days = end.DayNumber - start.DayNumber + 1;
    private readonly OrderCalendar calendar = new(start, end);

    public static bool IsKeyAccount(CustomerKind kind, SampleRandom rng) => kind switch
    {
        CustomerKind.ChannelPartner => true,
        CustomerKind.Organization => rng.Chance(0.4),
        _ => rng.Chance(0.03),
    };

    /// <summary>Orders of one customer spread over their shop accounts; the first account gets the most.</summary>
    public List<SampleOrderRow> Create(PersonProfile person, bool keyAccount, IReadOnlyList<string> shopIds, long firstOrderNumber, SampleRandom rng)
    {
        var orders = new List<SampleOrderRow>();
        if (shopIds.Count == 0) return orders;
        var (count, size) = (person.Kind, keyAccount) switch
        {
            (CustomerKind.ChannelPartner, _) => (rng.Next(10, 40), 4.0),
            (CustomerKind.Organization, true) => (rng.Next(8, 30), 3.5),
            (CustomerKind.Organization, false) => (rng.Next(2, 10), 2.0),
            (_, true) => (rng.Next(10, 30), 2.5),
            _ => (rng.Chance(0.5) ? 1 : 2 + Geometric(0.35, 30, rng), 1.0),
        };
        count = Math.Max(count, shopIds.Count);
        // A quarter of the ordinary repeat buyers drift away: their orders stop early (the win-back candidates).
        var window = count > 1 && !keyAccount && rng.Chance(0.25) ? Math.Max(1, days * 55 / 100) : days;

        var times = new long[count];
        for (var i = 0; i < count; i++)
            times[i] = (long)calendar.Draw(window, rng) * 86_400 + rng.Next(7 * 3600, 23 * 3600);
        Array.Sort(times);

        for (var i = 0; i < count; i++)
        {
            // The guest account (if any) holds exactly one order, placed somewhere in the history.
            var account = shopIds.Count > 1 && i == count / 2 ? shopIds[1] : shopIds[0];
            orders.Add(new SampleOrderRow
            {
                CustomerSourceId = account,
                OrderId = OrderId(firstOrderNumber + i),
                OrderedAt = Timestamp(times[i]),
                Amount = Money(Cents(person.Currency, size, rng)),
                Currency = person.Currency,
                Person = person.Index,
            });
        }
        return orders;
    }

    public static string OrderId(long number) => "SO" + (100_000 + number).ToString(CultureInfo.InvariantCulture);

    // Formatted by hand: DateTime's custom formats were the single biggest cost of writing a million customers.
    public string Timestamp(long secondsFromStart)
    {
        var date = start.AddDays((int)(secondsFromStart / 86_400));
        var second = (int)(secondsFromStart % 86_400);
        return string.Create(20, (date, second), static (chars, value) =>
        {
            var (d, s) = value;
            Write(chars[..4], d.Year);
            chars[4] = '-';
            Write(chars.Slice(5, 2), d.Month);
            chars[7] = '-';
            Write(chars.Slice(8, 2), d.Day);
            chars[10] = 'T';
            Write(chars.Slice(11, 2), s / 3600);
            chars[13] = ':';
            Write(chars.Slice(14, 2), s / 60 % 60);
            chars[16] = ':';
            Write(chars.Slice(17, 2), s % 60);
            chars[19] = 'Z';
        });
    }

    private static string Money(long cents) =>
        (cents / 100).ToString(CultureInfo.InvariantCulture) + "." + (char)('0' + cents / 10 % 10) + (char)('0' + cents % 10);

    private static void Write(Span<char> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--, value /= 10) digits[i] = (char)('0' + value % 10);
    }

    // Typical basket sizes in each currency, roughly equal in value.
    private static double Base(string currency) => currency switch { "CNY" => 360, "GBP" => 40, "EUR" => 46, _ => 50 };

    // Only + - * / here: transcendental functions may differ in the last bit between machines.
    private static long Cents(string currency, double size, SampleRandom rng)
    {
        var u = rng.NextDouble();
        var spread = 0.25 + 1.5 * rng.NextDouble() + 3 * u * u * u * u * u * u;
        return (long)(Base(currency) * size * spread * 100 + 0.5);
    }

    private static int Geometric(double stop, int max, SampleRandom rng)
    {
        var n = 0;
        while (n < max && !rng.Chance(stop)) n++;
        return n;
    }
}
