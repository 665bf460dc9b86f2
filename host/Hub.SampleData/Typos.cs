namespace Hub.SampleData;

/// <summary>One slip of the keyboard or the ear in a name; identifiers are never touched.</summary>
internal static class Typos
{
    public static string InName(string name, SampleRandom rng)
    {
        for (var i = 0; i < name.Length; i++)
        {
            // Agents mishear the given name more often than the family name, so try the last characters first.
            var at = name.Length - 1 - i;
            if (ChineseNames.Homophones.TryGetValue(name[at], out var sameSound))
                return name[..at] + sameSound + name[(at + 1)..];
        }
        return LatinSlip(name, rng);
    }

    private static string LatinSlip(string name, SampleRandom rng)
    {
        // Keep the first letter: people rarely get the initial wrong.
        if (name.Length < 4) return name;
        var at = rng.Next(1, name.Length - 2);
        if (!char.IsLetter(name[at]) || !char.IsLetter(name[at + 1])) return name;
        return rng.Next(3) switch
        {
            0 => name[..at] + name[at + 1] + name[at] + name[(at + 2)..],
            1 => name[..at] + name[(at + 1)..],
            _ => name[..at] + name[at] + name[at..],
        };
    }
}
