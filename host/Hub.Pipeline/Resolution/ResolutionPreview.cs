namespace Hub.Pipeline.Resolution;

/// <summary>What a resolution would change, computed without saving anything (<c>hub resolve --dry-run</c>).</summary>
/// <param name="Records">Customer records considered.</param>
/// <param name="CustomersBefore">Customers now.</param>
/// <param name="CustomersAfter">Customers the resolution would leave.</param>
/// <param name="Merges">Customers that would be joined: the existing customer numbers of each joined group.</param>
/// <param name="Splits">Customers that would be split: the existing number and how many customers its records would end in.</param>
/// <param name="NewRecords">Records not yet resolved.</param>
public sealed record ResolutionPreview(
    int Records,
    int CustomersBefore,
    int CustomersAfter,
    IReadOnlyList<IReadOnlyList<long>> Merges,
    IReadOnlyList<(long Customer, int Parts)> Splits,
    int NewRecords)
{
    /// <summary>The engine's report of the run it made to compute this.</summary>
    public IReadOnlyList<string> Report { get; init; } = [];
}
