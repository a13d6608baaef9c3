using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace CrossCheck.Clustering.Features;

/// <summary>64-bit keys for terms, so vectors and indexes hold numbers instead of strings
/// (collisions between 64-bit XxHash3 values are negligible at news-stream vocabulary sizes).</summary>
internal static class TermHash
{
    public const long BodySeed = 0;
    public const long EntitySeed = 0x5EED_E7;
    public const long DateSeed = 0x5EED_DA;
    public const long ShingleSeed = 0x5EED_5A;

    public static ulong Of(ReadOnlySpan<char> text, long seed = BodySeed) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text), seed);
}
