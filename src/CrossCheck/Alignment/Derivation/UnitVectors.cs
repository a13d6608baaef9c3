using System.Numerics;
using System.Runtime.InteropServices;

namespace CrossCheck.Alignment.Derivation;

/// <summary>Arithmetic on the sentence embeddings (unit vectors, so the dot product is the cosine).</summary>
internal static class UnitVectors
{
    public static float Dot(float[] left, float[] right)
    {
        var a = left.AsSpan();
        var b = right.AsSpan(0, a.Length);
        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var k = 0; k < va.Length; k++)
            {
                sum += va[k] * vb[k];
            }

            i = va.Length * Vector<float>.Count;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>The normalised mean of some unit vectors (a text's direction in the embedding space).</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors)
    {
        if (vectors.Count == 0)
        {
            return [];
        }

        var mean = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += vector[i];
            }
        }

        var norm = MathF.Sqrt(Dot(mean, mean));
        if (norm > 0)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] /= norm;
            }
        }

        return mean;
    }
}
