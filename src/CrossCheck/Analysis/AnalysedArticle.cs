using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Analysis;

/// <summary>Everything the analysis stage finds in one article; offsets are into <c>Article.Text</c>.</summary>
internal sealed record AnalysedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<QuoteMention> Quotes,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<DateMention> Dates);
