using System.Globalization;
using Hub.Core.Model;

namespace Hub.Server.Cli;

/// <summary>How an erasure's counts are told to the user.</summary>
public static class ErasureReport
{
    /// <summary>One line, e.g. "2 source records erased, 3 orders unlinked, ...".</summary>
    public static string Counts(Erasure erasure)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        return string.Create(CultureInfo.InvariantCulture,
            $"{erasure.SourceRecords:N0} source records erased, {erasure.Orders:N0} orders unlinked, {erasure.Interactions:N0} interactions and " +
            $"{erasure.Events:N0} events scrubbed, {erasure.QuarantineItems:N0} quarantine items erased, {erasure.Decisions:N0} decisions scrubbed, " +
            $"{erasure.Suppressions:N0} identifiers suppressed");
    }
}
