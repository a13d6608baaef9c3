using System.Buffers.Binary;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Storage;

/// <summary>A vector as the stores keep it: its <see cref="SentenceEmbedder.Dimensions"/> floats, little-endian IEEE
/// 754 binary32, 1,536 bytes, bit for bit (no text round trip, no rounding).</summary>
internal static class SentenceVectorCodec
{
    public const int Bytes = SentenceEmbedder.Dimensions * sizeof(float);

    public static byte[] Encode(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Length != SentenceEmbedder.Dimensions)
        {
            throw new ArgumentException($"a sentence vector has {SentenceEmbedder.Dimensions} dimensions, not {vector.Length}", nameof(vector));
        }

        var bytes = new byte[Bytes];
        for (var d = 0; d < vector.Length; d++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(d * sizeof(float)), vector[d]);
        }

        return bytes;
    }

    /// <summary>The vector in <paramref name="bytes"/>, or null when they are not one (a damaged row is recomputed, not trusted).</summary>
    public static float[]? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Bytes)
        {
            return null;
        }

        var vector = new float[SentenceEmbedder.Dimensions];
        for (var d = 0; d < vector.Length; d++)
        {
            var value = BinaryPrimitives.ReadSingleLittleEndian(bytes[(d * sizeof(float))..]);
            if (!float.IsFinite(value))
            {
                return null;
            }

            vector[d] = value;
        }

        return vector;
    }
}
