using Hub.Core;
using Hub.Storage.Common;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;

namespace Hub.Server.Copy;

/// <summary>
/// How one table is carried: the columns both engines write (matched by name, typed by the target), the source's primary
/// key (the order both sides are read in for the checksum), and the target's identity columns (advanced after the copy).
/// </summary>
internal sealed record CopyPlan(CopyTable Table, IReadOnlyList<CopyColumn> Columns, IReadOnlyList<string> Key, IReadOnlyList<string> Identities)
{
    /// <summary>Matches <paramref name="table"/>'s columns between the two schemas.</summary>
    /// <exception cref="UserFacingException">A column has no counterpart, or types that this version cannot carry between.</exception>
    public static async Task<CopyPlan> CreateAsync(CopyTable table, SqliteCopySource source, PostgresCopyTarget target, CancellationToken cancellationToken)
    {
        var sourceColumns = await source.ColumnsAsync(table.Name, cancellationToken);
        var targetColumns = (await target.ColumnsAsync(table.Name, cancellationToken)).ToDictionary(c => c.Name, StringComparer.Ordinal);

        var columns = new List<CopyColumn>();
        foreach (var column in sourceColumns)
        {
            if (!targetColumns.TryGetValue(column.Name, out var counterpart))
                throw Mismatch($"the source's {table.Name}.{column.Name} has no column in the target to go to");
            var kind = KindOf(counterpart.Type) ?? throw Mismatch($"the target's {table.Name}.{column.Name} has type {counterpart.Type}, which hub copy does not know");
            if (!Fits(column.DeclaredType, kind))
                throw Mismatch($"the source's {table.Name}.{column.Name} is {column.DeclaredType} but the target's is {counterpart.Type}");
            columns.Add(new CopyColumn(column.Name, kind));
        }

        var copied = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        // A target column the source lacks can only be an id PostgreSQL draws itself (mining_scores.id); anything else would be left empty.
        if (targetColumns.Values.FirstOrDefault(c => !copied.Contains(c.Name) && !c.IsIdentity) is { } unfilled)
            throw Mismatch($"the target's {table.Name}.{unfilled.Name} has no column in the source to come from");

        var key = sourceColumns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).Select(c => c.Name).ToList();
        if (key.Count == 0) throw Mismatch($"the source's {table.Name} has no primary key to read it in order by");
        var identities = targetColumns.Values.Where(c => c.IsIdentity).Select(c => c.Name).ToList();
        return new CopyPlan(table, columns, key, identities);
    }

    // By PostgreSQL's type, which says what a SQLite INTEGER or TEXT means: a flag, money or JSON. Only the types the hub's
    // schema uses: binary COPY must send each in exactly its column's format.
    private static CopyValueKind? KindOf(string postgresType) => postgresType switch
    {
        "int8" => CopyValueKind.Integer,
        "bool" => CopyValueKind.Boolean,
        "float8" => CopyValueKind.Real,
        "text" => CopyValueKind.Text,
        "numeric" => CopyValueKind.Decimal,
        "jsonb" => CopyValueKind.Json,
        _ => null,
    };

    private static bool Fits(string sqliteType, CopyValueKind kind) => kind switch
    {
        CopyValueKind.Integer or CopyValueKind.Boolean => sqliteType == "INTEGER",
        CopyValueKind.Real => sqliteType == "REAL",
        _ => sqliteType == "TEXT",
    };

    private static UserFacingException Mismatch(string what) =>
        new($"the two schemas do not match ({what}): this version of hub copy cannot carry it; nothing was copied. Please report it.");
}
