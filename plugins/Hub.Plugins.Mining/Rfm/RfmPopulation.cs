using Hub.Contracts;
using Hub.Plugins.Mining.Common;

namespace Hub.Plugins.Mining.Rfm;

/// <summary>The customers RFM grades (those with an order by the cut-off), gathered from the stream one by one.</summary>
internal sealed class RfmPopulation(AsOfCutoff cutoff)
{
    private readonly List<string> ids = [];
    private readonly List<RfmFacts> facts = [];

    public IReadOnlyList<string> CustomerIds => ids;

    /// <summary>Adds the customer if it has orders; returns its position in the grading, or -1 when it is not graded.</summary>
    public int Add(CustomerActivity customer)
    {
        if (RfmFacts.Measure(customer.Orders, cutoff) is not { } measured) return -1;
        ids.Add(customer.CustomerId);
        facts.Add(measured);
        return ids.Count - 1;
    }

    /// <summary>Quintiles rank everyone together, so grading waits until the whole stream has been read.</summary>
    public RfmGrades Grade() => RfmGrades.Of(facts);
}
