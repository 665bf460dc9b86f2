namespace Hub.Storage.Common;

/// <summary>
/// One value of a copied row, typed as its <see cref="CopyValueKind"/> says, without boxing: a million-row table has tens of
/// millions of them. <see cref="Text"/> carries Text, Decimal source text is parsed into <see cref="Decimal"/>, Json stays text.
/// </summary>
public readonly record struct CopyValue
{
    /// <summary>SQL NULL.</summary>
    public static CopyValue Null { get; } = new() { IsNull = true };

    /// <summary>Whether the value is SQL NULL (the other members are then unset).</summary>
    public bool IsNull { get; private init; }

    /// <summary>Integer; Boolean as 0 or 1.</summary>
    public long Integer { get; private init; }

    /// <summary>Real.</summary>
    public double Real { get; private init; }

    /// <summary>Decimal.</summary>
    public decimal Decimal { get; private init; }

    /// <summary>Text and Json.</summary>
    public string? Text { get; private init; }

    /// <summary>A Boolean value.</summary>
    public bool Boolean => Integer != 0;

    /// <summary>An Integer.</summary>
    public static CopyValue Of(long value) => new() { Integer = value };

    /// <summary>A Boolean.</summary>
    public static CopyValue Of(bool value) => new() { Integer = value ? 1 : 0 };

    /// <summary>A Real.</summary>
    public static CopyValue Of(double value) => new() { Real = value };

    /// <summary>A Decimal.</summary>
    public static CopyValue Of(decimal value) => new() { Decimal = value };

    /// <summary>A Text or Json value.</summary>
    public static CopyValue Of(string value) => new() { Text = value };
}
