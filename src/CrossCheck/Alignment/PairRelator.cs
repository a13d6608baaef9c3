using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;
using CrossCheck.Pipeline;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Alignment;

/// <summary>The claim judge on its own, through the path <c>analyze</c> takes: each pair becomes a story of two
/// reports from different, independent outlets (A, then B), both are analysed by <see cref="ArticleAnalyser"/>,
/// their claims aligned by <see cref="ClaimAligner"/>, and the verdicts of B's claims say how A bears on B.
/// The similarity is the cosine of the two whole texts' embeddings.</summary>
internal static class PairRelator
{
    public const string OutletA = "Pair Outlet A";
    public const string OutletB = "Pair Outlet B";

    /// <summary>Relates every pair: the analyses in parallel, the embeddings of all their sentences in one batched run.</summary>
    public static IReadOnlyList<PairVerdict> Relate(IReadOnlyList<TextPair> pairs, ISentenceEncoder encoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(encoder);
        var deferred = new DeferredSentenceEncoder(encoder);
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var prepared = new Prepared[pairs.Count];
        Parallel.For(0, pairs.Count, options, i => prepared[i] = Prepare(pairs[i], deferred));
        deferred.Fill(cancellationToken);
        var verdicts = new PairVerdict[pairs.Count];
        Parallel.For(0, pairs.Count, options, i => verdicts[i] = Decide(pairs[i], prepared[i]));
        return verdicts;
    }

    private sealed record Prepared(Story Story, IReadOnlyList<AnalysedArticle> Articles, float[] VectorA, float[] VectorB);

    private static Prepared Prepare(TextPair pair, ISentenceEncoder encoder)
    {
        var a = new Article("a", "a", string.Empty, AsStatement(pair.A), Outlet: OutletA);
        var b = new Article("b", "b", string.Empty, AsStatement(pair.B), Outlet: OutletB);
        var story = new Story(pair.Id, string.Empty, [a.Id, b.Id], new Dictionary<string, string>(StringComparer.Ordinal));
        var settled = PublicationDates.FromStory([a, b]);
        var analysed = settled.Select(article => ArticleAnalyser.Analyse(article, encoder)).ToList();
        var whole = encoder.Encode([pair.A, pair.B]);
        return new Prepared(story, analysed, whole[0], whole[1]);
    }

    /// <summary>Each side of a pair is a statement, never a heading: a text that ends without terminal punctuation
    /// (a headline, a claim fragment) is read as the sentence it is, with a full stop after it. The embedding is
    /// still taken on the text as given.</summary>
    internal static string AsStatement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || SentenceShape.EndsWithTerminalPunctuation(trimmed) ? text : trimmed + ".";
    }

    private static PairVerdict Decide(TextPair pair, Prepared prepared)
    {
        var entities = EntityResolver.Resolve(prepared.Articles);
        var assessed = ClaimAligner.Align(prepared.Story, prepared.Articles, entities);
        var claims = assessed.Where(c => string.Equals(c.ArticleId, "b", StringComparison.Ordinal)).ToList();
        var cosine = SentenceEmbedder.Cosine(prepared.VectorA, prepared.VectorB);
        var features = Features(prepared.Articles, entities, cosine);
        var similarity = Similarity(features);
        return new PairVerdict(pair.Id, similarity, Combine(claims), claims) { Features = features };
    }

    /// <summary>The two texts aligned as wholes: every claim's units of each, in order, aligned one to one.</summary>
    private static PairFeatures Features(IReadOnlyList<AnalysedArticle> articles, EntityIndex entities, double cosine)
    {
        var lexicon = LexiconRelatedness.Default;
        var claims = StoryClaims.Build(articles, entities, lexicon);
        TextProfile Whole(string articleId)
        {
            var mine = claims.Claims.Where(c => string.Equals(c.ArticleId, articleId, StringComparison.Ordinal)).ToList();
            return new TextProfile([.. mine.SelectMany(c => c.Profile.Units)], mine.Any(c => c.Profile.Negated), [.. mine.SelectMany(c => c.Profile.NegationCues)]);
        }

        var a = Whole("a");
        var b = Whole("b");
        var matcher = new UnitMatcher(lexicon);
        var alignment = WordAligner.Align(a, b, matcher);
        var slots = SlotComparison.Compare(b, a, alignment.Swapped(), matcher, sameStatement: false);
        return new PairFeatures(
            cosine,
            WordAligner.Coverage(a, alignment.SimilarityA),
            WordAligner.Coverage(b, alignment.SimilarityB),
            a.Units.Count(u => u.Kind == UnitKind.Quantity),
            b.Units.Count(u => u.Kind == UnitKind.Quantity),
            slots.QuantitiesConfirmed);
    }

    /// <summary>Weight of the embedding cosine in the similarity; the rest is the smaller of the two texts' aligned
    /// shares, so that a text that adds much the other lacks (a clause, a figure) is less similar than a paraphrase.
    /// Fitted once on the tuning pair sets (decision 121).</summary>
    public const double CosineWeight = 0.85;

    /// <summary>Symmetric similarity in [0, 1] from the cosine and the two aligned shares.</summary>
    internal static double Similarity(PairFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var cosine = Math.Clamp(features.Cosine, 0.0, 1.0);
        return Math.Clamp((CosineWeight * cosine) + ((1 - CosineWeight) * Math.Min(features.CoverageA, features.CoverageB)), 0.0, 1.0);
    }

    /// <summary>B's claims together: contradicted if any is, supported if all are corroborated, partly if any is
    /// corroborated or partly supported, else nothing.</summary>
    internal static PairRelation Combine(IReadOnlyList<AssessedClaim> claims)
    {
        if (claims.Count == 0)
        {
            return PairRelation.None;
        }

        if (claims.Any(c => c.Status == ClaimStatus.Contradicted))
        {
            return PairRelation.Contradicts;
        }

        if (claims.All(c => c.Status == ClaimStatus.Corroborated))
        {
            return PairRelation.Supports;
        }

        return claims.Any(c => c.Status is ClaimStatus.Corroborated or ClaimStatus.Partial) ? PairRelation.Partial : PairRelation.None;
    }
}
