using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>Miranda et al. (2018)-style lexical similarity: IDF-weighted cosines of title terms, body terms and
/// entity names, plus the overlap of mentioned event dates, blended with calibrated weights. A feature the
/// article lacks (no title, no names, no dates) is left out and the other weights are rescaled, so silence is
/// not counted as disagreement.</summary>
internal sealed class LexicalSimilarity(SimilarityWeights weights) : IArticleSimilarity
{
    public SimilarityWeights Weights { get; } = weights;

    public double Score(ArticleProfile article, StoryProfile story, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(frequencies);
        // IDF² is folded into the article's weights once, at its first comparison (the clusterer compares an
        // article with all its candidates right after adding it to the frequencies).
        if (article.SimilarityCache is not WeightedArticle weighted)
        {
            article.SimilarityCache = weighted = new WeightedArticle(article, frequencies);
        }

        var storyNorms = StoryNorms(story, frequencies);
        var score = 0.0;
        var total = 0.0;
        Accumulate(Weights.Body, weighted.Body, story.BodyTerms, 1);
        Accumulate(Weights.Title, weighted.Title, story.TitleTerms, 0);
        Accumulate(Weights.Entities, weighted.Entities, story.Entities, 2);
        Accumulate(Weights.EventDates, weighted.Dates, story.EventDates, 3);
        return total <= 0 ? 0 : score / total;

        void Accumulate(double weight, WeightedVector a, Dictionary<ulong, float> b, int index)
        {
            if (weight <= 0 || a.Keys.Length == 0)
            {
                return;
            }

            total += weight;
            if (b.Count > 0)
            {
                score += weight * WeightedCosine.Cosine(a.Dot(b), a.Norm, storyNorms[index]);
            }
        }
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

    private static double[] StoryNorms(StoryProfile story, DocumentFrequencies frequencies)
    {
        if (!story.Norms.IsCurrent(frequencies))
        {
            story.Norms.Recompute(story, frequencies);
        }

        return story.Norms.Values;
    }

    /// <summary>An article's vectors with IDF² folded into the weights once, so scoring it against each
    /// candidate story costs one lookup per term.</summary>
    private sealed class WeightedArticle(ArticleProfile article, DocumentFrequencies frequencies)
    {
        public WeightedVector Title { get; } = new(article.TitleTerms, frequencies);

        public WeightedVector Body { get; } = new(article.BodyTerms, frequencies);

        public WeightedVector Entities { get; } = new(article.Entities, frequencies);

        public WeightedVector Dates { get; } = new(article.EventDates, null);
    }

    private sealed class WeightedVector
    {
        public WeightedVector(IReadOnlyDictionary<ulong, float> vector, DocumentFrequencies? frequencies)
        {
            Keys = new ulong[vector.Count];
            Weights = new float[vector.Count];
            var i = 0;
            var norm = 0.0;
            foreach (var (key, value) in vector)
            {
                var idf = frequencies?.Idf(key) ?? 1f;
                Keys[i] = key;
                Weights[i++] = value * idf * idf;
                norm += value * idf * value * idf;
            }

            Norm = Math.Sqrt(norm);
        }

        public ulong[] Keys { get; }

        public float[] Weights { get; }

        public double Norm { get; }

        public double Dot(Dictionary<ulong, float> other)
        {
            var sum = 0.0;
            for (var i = 0; i < Keys.Length; i++)
            {
                if (other.TryGetValue(Keys[i], out var value))
                {
                    sum += Weights[i] * value;
                }
            }

            return sum;
        }
    }
}
