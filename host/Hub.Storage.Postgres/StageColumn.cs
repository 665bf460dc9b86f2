namespace Hub.Storage.Postgres;

/// <summary>A column of a staging table: its name and SQL type, text in the byte order the record tables use.</summary>
internal readonly record struct StageColumn(string Name, string Type)
{
    // A numeric travels as its text (see StageRow.Number) and becomes numeric in the upsert.
    public string Definition => Type is "text" or "numeric" ? $"{Name} text COLLATE \"C\"" : $"{Name} {Type}";

    /// <summary>The column's value in the upsert's SELECT over the staging table <c>s</c>, of the record table's type.</summary>
    public string Selected => Type == "numeric" ? $"s.{Name}::numeric" : $"s.{Name}";
}
