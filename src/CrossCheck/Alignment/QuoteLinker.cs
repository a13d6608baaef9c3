using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quotes;

namespace CrossCheck.Alignment;

/// <summary>A quote located in its article.</summary>
public sealed record LocatedQuote(string ArticleId, QuoteMention Quote);

/// <summary>Two renderings of the same utterance in different articles, with how close their wording is.</summary>
public sealed record QuoteLink(LocatedQuote First, LocatedQuote Second, double Similarity, bool IdenticalWording);

/// <summary>Links quotes of different articles that render the same utterance.
/// PLACEHOLDER: links nothing; the Alignment stage replaces it.</summary>
public static class QuoteLinker
{
    public static IReadOnlyList<QuoteLink> Link(IReadOnlyList<AnalysedArticle> articles, EntityIndex entities) => [];
}
