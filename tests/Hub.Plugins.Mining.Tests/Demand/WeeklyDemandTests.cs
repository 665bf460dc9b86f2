using Hub.Contracts;
using Hub.Plugins.Mining.Demand;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Demand;

public sealed class WeeklyDemandTests
{
    [Fact]
    public void WeekOverTheYearBoundary_IsOneWeekStartingMonday()
    {
        // 2025-12-29 is a Monday; Wednesday 31 December and Sunday 4 January fall in its week, Monday 5 January does not.
        Assert.Equal(IsoWeeks.Of(new DateOnly(2025, 12, 29)), IsoWeeks.Of(new DateOnly(2025, 12, 31)));
        Assert.Equal(IsoWeeks.Of(new DateOnly(2025, 12, 29)), IsoWeeks.Of(new DateOnly(2026, 1, 4)));
        Assert.Equal(IsoWeeks.Of(new DateOnly(2025, 12, 29)) + 1, IsoWeeks.Of(new DateOnly(2026, 1, 5)));
        Assert.Equal(new DateOnly(2025, 12, 29), IsoWeeks.Start(IsoWeeks.Of(new DateOnly(2026, 1, 2))));
    }

    [Fact]
    public void LastCompleteWeek_IsTheAsOfWeekOnlyOnASunday()
    {
        Assert.Equal(IsoWeeks.Of(new DateOnly(2026, 1, 4)), IsoWeeks.LastComplete(new DateOnly(2026, 1, 4)));
        Assert.Equal(IsoWeeks.Of(new DateOnly(2026, 1, 4)), IsoWeeks.LastComplete(new DateOnly(2026, 1, 7)));
    }

    [Fact]
    public void LineQuantities_AreSummedPerSkuAndWeek_AcrossTheYearBoundary()
    {
        var demand = new WeeklyDemand();
        demand.Add(Some.Order(Some.Noon(2025, 12, 31), 1, new OrderLine("tea", 2, 1), new OrderLine("cup", 1, 1)));
        demand.Add(Some.Order(Some.Noon(2026, 1, 2), 1, new OrderLine("tea", 3, 1)));
        demand.Add(Some.Order(Some.Noon(2026, 1, 13), 1, new OrderLine("tea", 1, 1)));
        var lastWeek = IsoWeeks.Of(new DateOnly(2026, 1, 18));

        var skus = demand.LargestSkus(lastWeek, 10);

        var tea = skus[0];
        Assert.Equal("tea", tea.Name);
        Assert.Equal(new DateOnly(2025, 12, 29), IsoWeeks.Start(tea.FirstWeek));
        Assert.Equal([5, 0, 1], tea.Values);
        Assert.Equal([6, 0, 1], demand.Total(lastWeek)!.Values);
    }

    [Fact]
    public void OrdersWithoutLines_CountAsOneUnitOfTheTotal()
    {
        var demand = new WeeklyDemand();
        demand.Add(Some.Order(Some.Noon(2026, 1, 5)));
        demand.Add(Some.Order(Some.Noon(2026, 1, 6)));
        demand.Add(Some.Order(Some.Noon(2026, 1, 7), 1, new OrderLine("tea", 4, 1)));

        Assert.Equal([6], demand.Total(IsoWeeks.Of(new DateOnly(2026, 1, 11)))!.Values);
        Assert.Null(demand.Total(IsoWeeks.Of(new DateOnly(2026, 1, 4))));
    }
}
