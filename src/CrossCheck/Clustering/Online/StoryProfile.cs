using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>The running state of one active story as the similarity sees it: summed term, entity and date
/// vectors of its articles (each article normalised first, so long articles do not dominate), its size and the
/// span of its publication dates.</summary>
internal sealed class StoryProfile
{
    private const int MaxTermsPerVector = 4096;

    internal StoryProfile(int slot) => Slot = slot;

    internal int Slot { get; }

    public int Size { get; private set; }

    public DateOnly? FirstPublished { get; private set; }

    public DateOnly? LastPublished { get; private set; }

    public bool LooksEnglish { get; private set; } = true;

    public Dictionary<ulong, float> TitleTerms { get; } = [];

    public Dictionary<ulong, float> BodyTerms { get; } = [];

    public Dictionary<ulong, float> Entities { get; } = [];

    public Dictionary<ulong, float> EventDates { get; } = [];

    /// <summary>How many members have each principal name (<see cref="ArticleProfile.PrincipalName"/>).</summary>
    public Dictionary<ulong, int> PrincipalNames { get; } = [];

    /// <summary>Sum of member embeddings when the articles carry one.</summary>
    public float[]? Embedding { get; private set; }

    /// <summary>Changes whenever the vectors change, so cached norms know when to refresh.</summary>
    internal long Version { get; private set; }

    /// <summary>IDF-weighted lengths of the four vectors, maintained incrementally.</summary>
    internal StoryNorms Norms { get; } = new();

    /// <summary>Adds an article's vectors. With <paramref name="frequencies"/> (the stream's IDF) the weighted
    /// lengths are updated for the article's terms only.</summary>
    internal void Add(ArticleProfile article, DocumentFrequencies? frequencies = null)
    {
        if (Size == 0)
        {
            LooksEnglish = article.LooksEnglish;
        }

        Size++;
        Version++;
        if (frequencies is null)
        {
            Norms.Invalidate();
        }

        var pruned = AddNormalised(TitleTerms, article.TitleTerms, 0, frequencies)
            | AddNormalised(BodyTerms, article.BodyTerms, 1, frequencies)
            | AddNormalised(Entities, article.Entities, 2, frequencies)
            | AddNormalised(EventDates, article.EventDates, 3, frequencies);
        if (pruned)
        {
            Norms.Invalidate();
        }
        else
        {
            Norms.Publish();
        }

        AddEmbedding(article.Embedding);
        Extend(article.Published);
        if (article.PrincipalName is { } name)
        {
            PrincipalNames[name] = PrincipalNames.GetValueOrDefault(name) + 1;
        }
    }

    internal void Absorb(StoryProfile other)
    {
        Size += other.Size;
        Version++;
        Norms.Invalidate();
        AddRaw(TitleTerms, other.TitleTerms);
        AddRaw(BodyTerms, other.BodyTerms);
        AddRaw(Entities, other.Entities);
        AddRaw(EventDates, other.EventDates);
        AddEmbedding(other.Embedding);
        foreach (var (name, count) in other.PrincipalNames)
        {
            PrincipalNames[name] = PrincipalNames.GetValueOrDefault(name) + count;
        }

        Extend(other.FirstPublished);
        Extend(other.LastPublished);
    }

    private void Extend(DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        FirstPublished = FirstPublished is { } f && f <= d ? f : d;
        LastPublished = LastPublished is { } l && l >= d ? l : d;
    }

    private void AddEmbedding(IReadOnlyList<float>? embedding)
    {
        if (embedding is null)
        {
            return;
        }

        Embedding ??= new float[embedding.Count];
        for (var i = 0; i < Math.Min(Embedding.Length, embedding.Count); i++)
        {
            Embedding[i] += embedding[i];
        }
    }

    /// <summary>Adds the unit-length copy of <paramref name="vector"/>; true when the target had to be pruned.</summary>
    private bool AddNormalised(Dictionary<ulong, float> target, IReadOnlyDictionary<ulong, float> vector, int index, DocumentFrequencies? frequencies)
    {
        var norm = 0f;
        foreach (var value in vector.Values)
        {
            norm += value * value;
        }

        if (norm <= 0)
        {
            return false;
        }

        var scale = 1f / MathF.Sqrt(norm);
        foreach (var (key, value) in vector)
        {
            var delta = value * scale;
            Norms.Grow(index, target, key, delta, frequencies);
            target[key] = target.GetValueOrDefault(key) + delta;
        }

        return Prune(target);
    }

    private static void AddRaw(Dictionary<ulong, float> target, Dictionary<ulong, float> source)
    {
        foreach (var (key, value) in source)
        {
            target[key] = target.GetValueOrDefault(key) + value;
        }

        Prune(target);
    }

    /// <summary>Keeps memory bounded for very large stories: drops the weakest half of the terms.</summary>
    private static bool Prune(Dictionary<ulong, float> vector)
    {
        if (vector.Count <= MaxTermsPerVector)
        {
            return false;
        }

        var cut = vector.Values.Order().ElementAt(vector.Count / 2);
        foreach (var (key, value) in vector)
        {
            if (value <= cut)
            {
                vector.Remove(key);
            }
        }

        return true;
    }
}
