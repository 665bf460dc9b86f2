namespace Hub.Plugins.Mining.Common;

/// <summary>
/// The end of the as-of day in UTC. The context already hides later data; the miners check again so a run computed
/// "as of" a day gives the same result whatever store feeds it.
/// </summary>
internal readonly record struct AsOfCutoff(DateOnly AsOf)
{
    private readonly DateTimeOffset endExclusive = new(AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Includes(DateTimeOffset moment) => moment < endExclusive;
}
