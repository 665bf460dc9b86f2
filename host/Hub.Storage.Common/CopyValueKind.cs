namespace Hub.Storage.Common;

/// <summary>
/// How <c>hub copy</c> carries one column from the SQLite file to PostgreSQL, named after the PostgreSQL type it lands in:
/// SQLite keeps fewer types (flags are INTEGER 0/1, money and JSON are TEXT), so the target's type says what a value means.
/// </summary>
public enum CopyValueKind
{
    /// <summary>BIGINT; SQLite INTEGER.</summary>
    Integer,

    /// <summary>BOOLEAN; SQLite INTEGER 0 or 1.</summary>
    Boolean,

    /// <summary>DOUBLE PRECISION; SQLite REAL.</summary>
    Real,

    /// <summary>TEXT; SQLite TEXT.</summary>
    Text,

    /// <summary>NUMERIC; SQLite TEXT holding an invariant decimal (money, call scores).</summary>
    Decimal,

    /// <summary>JSONB; SQLite TEXT holding JSON.</summary>
    Json,
}

/// <summary>A column <c>hub copy</c> carries, by name (the same on both engines) and kind.</summary>
public sealed record CopyColumn(string Name, CopyValueKind Kind);
