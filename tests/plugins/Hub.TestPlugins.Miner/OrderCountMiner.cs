using System.Globalization;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.TestPlugins.Miner;

/// <summary>
/// Miner <c>ordercount</c>: per customer with orders, <c>ordercount.orders</c> (how many), <c>ordercount.revenue</c>
/// (their sum, times the <c>multiplier</c> setting, default 1) and <c>ordercount.size</c> labelled <c>big</c> (3 orders
/// or more) or <c>small</c>; parameters <c>ordercount.customers</c> (customers read) and <c>ordercount.multiplier</c>;
/// series <c>*</c>: orders per day, one point per day with orders. With <c>rendezvous</c> it first waits for <c>failing</c>
/// to run beside it.
/// </summary>
public sealed class OrderCountMiner : IMiner
{
    public string Name => "ordercount";

    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Rendezvous.MeetAsync(Name, "failing", context.Settings.Get("rendezvous"), cancellationToken);
        var multiplier = context.Settings.GetInt("multiplier", 1);
        var customers = 0;
        var perDay = new SortedDictionary<DateOnly, int>();
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken))
        {
            customers++;
            if (customer.Orders.Count == 0) continue;
            var revenue = customer.Orders.Sum(o => o.Amount) * multiplier;
            await context.WriteScoresAsync(
            [
                new CustomerScore(customer.CustomerId, "ordercount.orders", customer.Orders.Count),
                new CustomerScore(customer.CustomerId, "ordercount.revenue", (double)revenue),
                new CustomerScore(customer.CustomerId, "ordercount.size", null, customer.Orders.Count >= 3 ? "big" : "small"),
            ], cancellationToken);
            foreach (var order in customer.Orders)
            {
                var day = DateOnly.FromDateTime(order.OrderedAt.UtcDateTime);
                perDay[day] = perDay.GetValueOrDefault(day) + 1;
            }
        }

        await context.WriteParametersAsync(new Dictionary<string, double> { ["ordercount.customers"] = customers, ["ordercount.multiplier"] = multiplier }, cancellationToken);
        await context.WriteSeriesAsync([.. perDay.Select(d => new SeriesPoint("*", d.Key, d.Value))], cancellationToken);
        context.Logger.LogInformation("Counted the orders of {Customers} customers as of {AsOf}", customers, context.AsOf.ToString("O", CultureInfo.InvariantCulture));
    }
}
