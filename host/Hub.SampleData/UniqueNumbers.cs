using System.Numerics;

namespace Hub.SampleData;

/// <summary>
/// Scatters indices over a number range without collisions: a keyed Feistel permutation of the smallest
/// power-of-four domain that holds the range, walked until it lands inside the range (at most a few steps).
/// Identifiers derived this way look random yet can never be shared by two customers, which the tests (and the
/// hub's identity truth) rely on.
/// </summary>
internal static class UniqueNumbers
{
    private const int Rounds = 4;

    public static long Of(Purpose purpose, long index, long range, ulong seed)
    {
        if ((ulong)index >= (ulong)range)
            throw new ArgumentOutOfRangeException(nameof(index), $"index {index} does not fit the range {range} of {purpose}");
        var key = SampleRandom.Mix(seed, (ulong)purpose + 1);
        var halfBits = Math.Max(1, (64 - BitOperations.LeadingZeroCount((ulong)(range - 1)) + 1) / 2);
        var mask = (1UL << halfBits) - 1;
        var value = (ulong)index;
        // Cycle-walking: a permutation of the larger domain, restricted to the range, is a permutation of the range.
        do value = Permute(value, halfBits, mask, key);
        while (value >= (ulong)range);
        return (long)value;
    }

    private static ulong Permute(ulong value, int halfBits, ulong mask, ulong key)
    {
        var left = value >> halfBits;
        var right = value & mask;
        for (var round = 0; round < Rounds; round++)
        {
            var next = left ^ (SampleRandom.Mix(key + (ulong)round, right) & mask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
