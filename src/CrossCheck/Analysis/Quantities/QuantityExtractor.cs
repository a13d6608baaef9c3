using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>Finds numbers and what they count. PLACEHOLDER: finds nothing; the Quantities stage replaces it.</summary>
public static class QuantityExtractor
{
    public static IReadOnlyList<QuantityMention> Extract(string text, IReadOnlyList<Sentence> sentences) => [];
}
