namespace Hub.Linkage.Tests;

/// <summary>One record as the hub names it: the source it was imported under and its id there.</summary>
internal readonly record struct RecordKey(string Source, string SourceId)
{
    public override string ToString() => $"{Source}/{SourceId}";
}
