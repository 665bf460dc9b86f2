namespace Hub.Core.Model;

/// <summary>What an operator decided about identities.</summary>
public enum DecisionKind
{
    /// <summary>These records are one customer (must-link), whatever resolution finds.</summary>
    Merge,

    /// <summary>These records are a customer apart from the others listed (cannot-link between the groups).</summary>
    Split,

    /// <summary>A golden field of a customer takes this value, whatever survivorship would choose.</summary>
    Override,

    /// <summary>An earlier override of the field is withdrawn; survivorship chooses again.</summary>
    ClearOverride,
}
