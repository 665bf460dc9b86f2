namespace Hub.Core.Mining;

/// <summary>A group of customers sharing a label in a miner's current run: an RFM segment, a pyramid tier.</summary>
/// <param name="Kind">Which labelling: <c>rfm</c> or <c>tier</c> (<see cref="MiningPromotions.SegmentKinds"/>).</param>
/// <param name="Name">The label, e.g. <c>Champions</c>, <c>Gold</c>.</param>
/// <param name="MemberCount">How many customers carry it.</param>
public sealed record Segment(string Kind, string Name, long MemberCount);
