namespace Hub.Storage.Postgres;

/// <summary>A column of a staging table: its name and SQL type, text in the byte order the record tables use.</summary>
internal readonly record struct StageColumn(string Name, string Type)
{
    public string Definition => Type == "text" ? $"{Name} text COLLATE \"C\"" : $"{Name} {Type}";
}
