using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>A customer in a ranked list, with its latest interaction per channel where the list shows them (win-back).</summary>
internal sealed record RankedNode(RankedCustomer Item, IReadOnlyList<LastInteraction> LastInteractions);
