using System.Runtime.InteropServices;
using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>A streaming estimate of how many documents contain each term, for IDF weights that follow the
/// stream. Memory is bounded: past <see cref="Capacity"/> terms, terms seen once are dropped, and if that is
/// not enough every count (and the document total) is halved, which also lets old vocabulary fade.</summary>
internal sealed class DocumentFrequencies(int capacity = 1 << 21)
{
    private readonly Dictionary<ulong, int> _counts = new(1024);

    public int Capacity { get; } = capacity;

    public long Documents { get; private set; }

    /// <summary>Bumped on every update; cached story norms compare against it to know when to refresh.</summary>
    public long Version { get; private set; }

    public int Terms => _counts.Count;

    public void Add(IEnumerable<ulong> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        Documents++;
        Version++;
        foreach (var term in distinctTerms)
        {
            _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }

        if (_counts.Count > Capacity)
        {
            Shrink();
        }
    }

    /// <summary>Counts one article: its body terms, the title terms not already in the body, and its names
    /// (names are hashed with their own seed, so they never collide with words).</summary>
    internal void Add(ArticleProfile profile)
    {
        Documents++;
        Version++;
        foreach (var term in profile.BodyTerms.Keys)
        {
            Bump(term);
        }

        foreach (var term in profile.TitleTerms.Keys)
        {
            if (!profile.BodyTerms.ContainsKey(term))
            {
                Bump(term);
            }
        }

        foreach (var term in profile.Entities.Keys)
        {
            Bump(term);
        }

        if (_counts.Count > Capacity)
        {
            Shrink();
        }
    }

    private void Bump(ulong term) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _)++;

    /// <summary>Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: always positive, so a term
    /// shared by every document still counts a little.</summary>
    public float Idf(ulong term) =>
        MathF.Log((Documents + 1f) / (_counts.GetValueOrDefault(term) + 1f)) + 1f;

    private void Shrink()
    {
        foreach (var (term, count) in _counts)
        {
            if (count <= 1)
            {
                _counts.Remove(term);
            }
        }

        if (_counts.Count > Capacity * 3 / 4)
        {
            foreach (var term in _counts.Keys)
            {
                _counts[term] /= 2;
            }

            Documents /= 2;
        }

        _counts.TrimExcess();
    }
}
