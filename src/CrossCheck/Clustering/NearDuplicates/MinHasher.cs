using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.NearDuplicates;

/// <summary>MinHash signatures (Broder 1997): for each of k seeded hash functions, the least hash over a
/// document's shingles. The share of equal positions in two signatures estimates the Jaccard resemblance of the
/// shingle sets.</summary>
internal sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int hashCount)
    {
        _seeds = new ulong[hashCount];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < hashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _seeds[i] = ProfileBuilder.Mix(state);
        }
    }

    public int HashCount => _seeds.Length;

    public ulong[] Signature(IReadOnlyList<ulong> shingles)
    {
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var value = ProfileBuilder.Mix(shingle ^ _seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    public static double Resemblance(ulong[] a, ulong[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }
}
