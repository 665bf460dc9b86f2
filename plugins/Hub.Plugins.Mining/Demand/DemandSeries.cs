namespace Hub.Plugins.Mining.Demand;

/// <summary>Weekly demand of one SKU (or the total), one value a week without gaps, from its first week with demand.</summary>
/// <param name="Name">The SKU, or <c>*</c> for the total.</param>
/// <param name="FirstWeek">The number of the first week (see <see cref="IsoWeeks"/>).</param>
/// <param name="Values">Units per week.</param>
internal sealed record DemandSeries(string Name, int FirstWeek, double[] Values)
{
    // Computed once: the SKUs are sorted by it.
    public double Units { get; } = Values.Sum();
}
