using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quotes;

/// <summary>Finds direct quotes and their speakers. PLACEHOLDER: finds nothing; the Quotes stage replaces it.</summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<QuoteMention> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions) => [];
}
