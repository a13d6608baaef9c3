using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;

namespace CrossCheck.Clustering.Refinement;

/// <summary>One article as a unit-length TF-IDF vector over its title and body terms and its names (names
/// weighted up, since they are what tells two events of one kind apart), with keys sorted for merge-joins.</summary>
internal sealed class ArticleVector
{
    private ArticleVector(ulong[] keys, float[] weights, bool looksEnglish)
    {
        Keys = keys;
        Weights = weights;
        LooksEnglish = looksEnglish;
    }

    /// <summary>Reports in another language share names but few words: they are never moved across languages.</summary>
    public bool LooksEnglish { get; }

    public ulong[] Keys { get; }

    public float[] Weights { get; }

    public static ArticleVector Of(ArticleProfile profile, DocumentFrequencies frequencies, double nameWeight)
    {
        var sums = new Dictionary<ulong, double>(profile.BodyTerms.Count + profile.Entities.Count);
        AddAll(profile.BodyTerms, 1);
        AddAll(profile.TitleTerms, 1);
        AddAll(profile.Entities, nameWeight);
        var keys = sums.Keys.ToArray();
        Array.Sort(keys);
        var weights = new float[keys.Length];
        var norm = Math.Sqrt(sums.Values.Sum(v => v * v));
        for (var i = 0; i < keys.Length; i++)
        {
            weights[i] = norm > 0 ? (float)(sums[keys[i]] / norm) : 0;
        }

        return new ArticleVector(keys, weights, profile.LooksEnglish);

        void AddAll(IReadOnlyDictionary<ulong, float> terms, double scale)
        {
            foreach (var (key, count) in terms)
            {
                sums[key] = sums.GetValueOrDefault(key) + (scale * count * frequencies.Idf(key));
            }
        }
    }

    public double Dot(ArticleVector other)
    {
        var sum = 0.0;
        int i = 0, j = 0;
        while (i < Keys.Length && j < other.Keys.Length)
        {
            var comparison = Keys[i].CompareTo(other.Keys[j]);
            if (comparison == 0)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (comparison < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    public double Dot(Dictionary<ulong, double> centroidSum)
    {
        var sum = 0.0;
        for (var i = 0; i < Keys.Length; i++)
        {
            if (centroidSum.TryGetValue(Keys[i], out var value))
            {
                sum += Weights[i] * value;
            }
        }

        return sum;
    }

    /// <summary>The keys of the heaviest terms, to find which groups are worth comparing with.</summary>
    public IEnumerable<ulong> TopKeys(int count) =>
        Enumerable.Range(0, Keys.Length).OrderByDescending(i => Weights[i]).Take(count).Select(i => Keys[i]);
}
