namespace Hub.Plugins.Files;

/// <summary>One <c>column=field</c> entry of the <c>map</c> setting.</summary>
/// <param name="Column">The CSV column, as the user wrote it.</param>
/// <param name="Field">The canonical field it becomes.</param>
/// <param name="Entry">The entry as written, quoted back in errors.</param>
internal sealed record ColumnMapping(string Column, CanonicalField Field, string Entry);
