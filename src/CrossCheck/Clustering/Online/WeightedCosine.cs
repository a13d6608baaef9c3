namespace CrossCheck.Clustering.Online;

/// <summary>Cosine similarity between sparse vectors keyed by term hash, with every term weighted by its IDF.</summary>
internal static class WeightedCosine
{
    public static double Norm(IReadOnlyDictionary<ulong, float> vector, DocumentFrequencies? frequencies)
    {
        var sum = 0.0;
        foreach (var (key, value) in vector)
        {
            var weight = value * (frequencies?.Idf(key) ?? 1f);
            sum += weight * weight;
        }

        return Math.Sqrt(sum);
    }

    public static double Dot(IReadOnlyDictionary<ulong, float> small, IReadOnlyDictionary<ulong, float> large, DocumentFrequencies? frequencies)
    {
        if (small.Count > large.Count)
        {
            (small, large) = (large, small);
        }

        var sum = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                var idf = frequencies?.Idf(key) ?? 1f;
                sum += value * other * idf * idf;
            }
        }

        return sum;
    }

    public static double Cosine(double dot, double normA, double normB) =>
        normA <= 0 || normB <= 0 ? 0 : Math.Min(1.0, dot / (normA * normB));
}
