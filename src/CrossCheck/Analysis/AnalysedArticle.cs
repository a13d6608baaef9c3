using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Analysis;

/// <summary>Everything the analysis stage finds in one article; offsets are into <c>Article.Text</c>.</summary>
internal sealed record AnalysedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<QuoteMention> Quotes,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<DateMention> Dates)
{
    private AnalysedText? _text;
    private IReadOnlyList<float[]>? _claimVectors;

    /// <summary>The tokens, word classes and lemmas of the article, computed once by the analysis (or, for an
    /// article assembled by hand, on first use) and read by every later stage instead of tokenizing again.</summary>
    internal AnalysedText Reading
    {
        get => LazyInitializer.EnsureInitialized(ref _text, () => AnalysedText.Read(Article.Text, Sentences));
        init => _text = value;
    }

    /// <summary>One sentence embedding per claim (<see cref="Claims"/>, same order), computed once by the analysis (or,
    /// when the analysis deferred them or for an article assembled by hand, on first use with <see cref="ClaimEncoder"/>,
    /// by default <see cref="CachedSentenceEncoder.Shared"/>, so a sentence seen before is not embedded again) and read
    /// by the alignment to find and weigh evidence.</summary>
    internal IReadOnlyList<float[]> ClaimVectors
    {
        get => LazyInitializer.EnsureInitialized(ref _claimVectors, () => (ClaimEncoder ?? CachedSentenceEncoder.Shared).Encode(Claims.Select(c => c.EmbeddedText).ToList()));
        init => _claimVectors = value.Count == Claims.Count
            ? value
            : throw new ArgumentException("one vector per claim is needed", nameof(value));
    }

    /// <summary>The encoder that embeds the claims on first read of <see cref="ClaimVectors"/> when they were not given
    /// (decision 210: a report alone in its story is compared with nothing, so its claims are embedded only if read).</summary>
    internal ISentenceEncoder? ClaimEncoder { get; init; }
}
