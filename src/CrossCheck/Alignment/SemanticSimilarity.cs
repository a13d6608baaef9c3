using CrossCheck.Text.Embeddings;

namespace CrossCheck.Alignment;

/// <summary>How close two claims are in meaning: the cosine of their sentence embeddings
/// (<see cref="ClaimRecord.Vector"/>), 0 when either has none. It finds and weighs evidence; it never decides
/// agreement or conflict on its own (figures, dates, polarity and opposites do).</summary>
internal static class SemanticSimilarity
{
    public static double Of(ClaimRecord a, ClaimRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Vector.Length == 0 || a.Vector.Length != b.Vector.Length ? 0.0 : SentenceEmbedder.Cosine(a.Vector, b.Vector);
    }
}
