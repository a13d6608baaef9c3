namespace CrossCheck.Clustering.Online;

/// <summary>IDF-weighted lengths of a story's four vectors (title, body, entities, dates), kept up to date as
/// articles are added instead of being recomputed over the whole story each time it changes: adding an article
/// touches only that article's terms. IDF drifts as the stream goes on, so the lengths are recomputed in full
/// when the document count has grown by a tenth since the last full computation (or after a merge or prune).</summary>
internal sealed class StoryNorms
{
    private readonly double[] _squared = new double[4];
    private long _documents = -1;

    public double[] Values { get; } = new double[4];

    /// <summary>True when the lengths can be used as they are with the current frequencies.</summary>
    public bool IsCurrent(DocumentFrequencies frequencies) =>
        _documents >= 0 && frequencies.Documents <= _documents * 1.1 + 1;

    public void Invalidate() => _documents = -1;

    public void Recompute(StoryProfile story, DocumentFrequencies frequencies)
    {
        _squared[0] = Squared(story.TitleTerms, frequencies);
        _squared[1] = Squared(story.BodyTerms, frequencies);
        _squared[2] = Squared(story.Entities, frequencies);
        _squared[3] = Squared(story.EventDates, null);
        _documents = frequencies.Documents;
        Publish();
    }

    /// <summary>Called before <paramref name="target"/>[key] grows by <paramref name="delta"/>.</summary>
    public void Grow(int vector, Dictionary<ulong, float> target, ulong key, float delta, DocumentFrequencies? frequencies)
    {
        if (_documents < 0)
        {
            return;
        }

        var old = target.GetValueOrDefault(key);
        var idf = vector == 3 || frequencies is null ? 1f : frequencies.Idf(key);
        var grown = old + delta;
        _squared[vector] += ((double)grown * grown - (double)old * old) * idf * idf;
    }

    public void Publish()
    {
        for (var i = 0; i < 4; i++)
        {
            Values[i] = Math.Sqrt(Math.Max(0, _squared[i]));
        }
    }

    private static double Squared(IReadOnlyDictionary<ulong, float> vector, DocumentFrequencies? frequencies)
    {
        var sum = 0.0;
        foreach (var (key, value) in vector)
        {
            var weight = value * (frequencies?.Idf(key) ?? 1f);
            sum += weight * weight;
        }

        return sum;
    }
}
