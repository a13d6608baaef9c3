using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CrossCheck.Text.Embeddings;

/// <summary>The content address of a sentence's vector: the SHA-256 of the text the model reads (UTF-8, after
/// <see cref="SentenceEmbedder.FoldPunctuation"/>), so a sentence repeated by another report, even with other
/// quotation marks or dashes, finds the vector already computed. Stored as 32 bytes beside the model's id
/// (decision 150).</summary>
internal readonly record struct SentenceKey(ulong Part0, ulong Part1, ulong Part2, ulong Part3)
{
    /// <summary>Bytes of a key.</summary>
    public const int Length = 32;

    public static SentenceKey Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = SentenceEmbedder.FoldPunctuation(sentence);
        var byteCount = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = byteCount > 1024 ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[1024] : rented;
            var written = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[Length];
            SHA256.HashData(buffer[..written], hash);
            return FromBytes(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static SentenceKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a sentence key has {Length} bytes, not {bytes.Length}", nameof(bytes));
        }

        return new SentenceKey(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>The 32 bytes of the hash, in the order SHA-256 gives them.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, Part0);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), Part1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), Part2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), Part3);
        return bytes;
    }

    public override string ToString() => Convert.ToHexStringLower(ToBytes());
}
