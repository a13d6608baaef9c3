using System.Runtime.CompilerServices;
using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>Miranda et al. (2018)-style lexical similarity: IDF-weighted cosines of title terms, body terms and
/// entity names, plus the overlap of mentioned event dates, blended with calibrated weights. A feature the
/// article lacks (no title, no names, no dates) is left out and the other weights are rescaled, so silence is
/// not counted as disagreement.</summary>
public sealed class LexicalSimilarity(SimilarityWeights weights) : IArticleSimilarity
{
    private readonly ConditionalWeakTable<StoryProfile, NormCache> _storyNorms = [];
    private readonly ConditionalWeakTable<ArticleProfile, double[]> _articleNorms = [];

    public SimilarityWeights Weights { get; } = weights;

    public double Score(ArticleProfile article, StoryProfile story, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(frequencies);
        var articleNorms = _articleNorms.GetValue(article, a => Norms(a.TitleTerms, a.BodyTerms, a.Entities, a.EventDates, frequencies));
        var storyNorms = StoryNorms(story, frequencies);
        return Blend(
            article.TitleTerms, story.TitleTerms,
            article.BodyTerms, story.BodyTerms,
            article.Entities, story.Entities,
            article.EventDates, story.EventDates,
            articleNorms, storyNorms, frequencies);
    }

    public double Score(StoryProfile first, StoryProfile second, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(frequencies);
        return Blend(
            first.TitleTerms, second.TitleTerms,
            first.BodyTerms, second.BodyTerms,
            first.Entities, second.Entities,
            first.EventDates, second.EventDates,
            StoryNorms(first, frequencies), StoryNorms(second, frequencies), frequencies);
    }

    private double Blend(
        IReadOnlyDictionary<ulong, float> titleA, IReadOnlyDictionary<ulong, float> titleB,
        IReadOnlyDictionary<ulong, float> bodyA, IReadOnlyDictionary<ulong, float> bodyB,
        IReadOnlyDictionary<ulong, float> entitiesA, IReadOnlyDictionary<ulong, float> entitiesB,
        IReadOnlyDictionary<ulong, float> datesA, IReadOnlyDictionary<ulong, float> datesB,
        double[] normsA, double[] normsB, DocumentFrequencies frequencies)
    {
        var score = 0.0;
        var total = 0.0;
        Accumulate(Weights.Body, bodyA, bodyB, 1, frequencies);
        Accumulate(Weights.Title, titleA, titleB, 0, frequencies);
        Accumulate(Weights.Entities, entitiesA, entitiesB, 2, frequencies);
        Accumulate(Weights.EventDates, datesA, datesB, 3, null);
        return total <= 0 ? 0 : score / total;

        void Accumulate(double weight, IReadOnlyDictionary<ulong, float> a, IReadOnlyDictionary<ulong, float> b, int index, DocumentFrequencies? idf)
        {
            if (weight <= 0 || a.Count == 0)
            {
                return;
            }

            total += weight;
            if (b.Count > 0)
            {
                score += weight * WeightedCosine.Cosine(WeightedCosine.Dot(a, b, idf), normsA[index], normsB[index]);
            }
        }
    }

    private double[] StoryNorms(StoryProfile story, DocumentFrequencies frequencies)
    {
        var cache = _storyNorms.GetOrCreateValue(story);
        // IDF drifts slowly once the stream is under way: refresh when the story changed or the corpus grew by 10 %.
        if (cache.Norms is null || cache.StoryVersion != story.Version || frequencies.Documents > cache.Documents * 1.1)
        {
            cache.Norms = Norms(story.TitleTerms, story.BodyTerms, story.Entities, story.EventDates, frequencies);
            cache.StoryVersion = story.Version;
            cache.Documents = frequencies.Documents;
        }

        return cache.Norms;
    }

    private static double[] Norms(
        IReadOnlyDictionary<ulong, float> title, IReadOnlyDictionary<ulong, float> body,
        IReadOnlyDictionary<ulong, float> entities, IReadOnlyDictionary<ulong, float> dates, DocumentFrequencies frequencies) =>
        [
            WeightedCosine.Norm(title, frequencies),
            WeightedCosine.Norm(body, frequencies),
            WeightedCosine.Norm(entities, frequencies),
            WeightedCosine.Norm(dates, null),
        ];

    private sealed class NormCache
    {
        public double[]? Norms { get; set; }

        public long StoryVersion { get; set; }

        public long Documents { get; set; }
    }
}
