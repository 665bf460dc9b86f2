namespace Hub.SampleData;

/// <summary>
/// SplitMix64: tiny, fast and identical on every platform. Each person gets its own stream seeded from
/// (seed, index), so a person never depends on how many numbers the persons before it used.
/// Only integer maths and IEEE basic operations here, so the output is the same on every machine.
/// </summary>
internal sealed class SampleRandom
{
    private ulong state;

    public SampleRandom(ulong seed) => state = seed;

    public void Reset(ulong seed) => state = seed;

    public static ulong Mix(ulong a, ulong b)
    {
        var z = a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>A number in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Favours the start of the list, so lists ordered by frequency give a realistic spread.</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items)
    {
        var u = NextDouble();
        return items[(int)(u * u * items.Count)];
    }

    /// <summary>A digit string of exactly <paramref name="length"/> digits, leading zeros allowed.</summary>
    public string Digits(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)('0' + Next(10));
        return new string(chars);
    }
}
