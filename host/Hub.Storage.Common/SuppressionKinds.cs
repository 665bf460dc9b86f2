using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>The names <c>suppressions.kind</c> stores.</summary>
internal static class SuppressionKinds
{
    public static string Name(SuppressionKind kind) => kind switch
    {
        SuppressionKind.Record => "record",
        SuppressionKind.Email => "email",
        SuppressionKind.Phone => "phone",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a suppression kind"),
    };

    public static SuppressionKind Parse(string name) => name switch
    {
        "record" => SuppressionKind.Record,
        "email" => SuppressionKind.Email,
        "phone" => SuppressionKind.Phone,
        _ => throw new InvalidDataException($"the suppression list holds an unknown kind '{name}'"),
    };
}
