namespace CrossCheck.Clustering.Online;

/// <summary>Inverted index from discriminative terms and names to the active stories holding them, so an
/// article is compared with a few candidate stories instead of all. Retired stories are dropped lazily and
/// the lists compacted once they make up most of the index.</summary>
internal sealed class StoryIndex
{
    private const int MaxPostings = 512;

    /// <summary>A key held by more active stories than this does not discriminate: it is not read at query time.</summary>
    private const int MaxReadPostings = 256;
    private readonly Dictionary<ulong, List<int>> _postings = [];
    private int _staleSinceCompaction;

    /// <summary>Orders the min-heap so the weakest candidate (lowest score, then highest slot) leaves first.</summary>
    private static readonly Comparer<(float Score, int Slot)> TopComparer = Comparer<(float Score, int Slot)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Slot.CompareTo(a.Slot));

    public void Add(StoryState story, IEnumerable<ulong> keys)
    {
        foreach (var key in keys)
        {
            if (!story.IndexedKeys.Add(key))
            {
                continue;
            }

            if (!_postings.TryGetValue(key, out var list))
            {
                _postings[key] = list = new List<int>(2);
            }

            if (list.Count < MaxPostings)
            {
                list.Add(story.Slot);
            }
        }
    }

    /// <summary>Candidate story slots ranked by the summed weight of the query keys they share.</summary>
    public List<int> Candidates(IReadOnlyList<(ulong Key, float Weight)> query, Func<int, bool> isActive, int limit)
    {
        var scores = new Dictionary<int, float>();
        foreach (var (key, weight) in query)
        {
            if (!_postings.TryGetValue(key, out var list) || list.Count > MaxReadPostings)
            {
                continue;
            }

            foreach (var slot in list)
            {
                scores[slot] = scores.GetValueOrDefault(slot) + weight;
            }
        }

        var ranked = new PriorityQueue<int, (float Score, int Slot)>(limit + 1, TopComparer);
        foreach (var (slot, score) in scores)
        {
            if (!isActive(slot))
            {
                continue;
            }

            ranked.Enqueue(slot, (score, slot));
            if (ranked.Count > limit)
            {
                ranked.Dequeue();
            }
        }

        var result = new List<int>(ranked.Count);
        while (ranked.Count > 0)
        {
            result.Add(ranked.Dequeue());
        }

        result.Reverse();
        return result;
    }

    public void NoteRetired(int count, int activeStories, Func<int, bool> isActive)
    {
        _staleSinceCompaction += count;
        if (_staleSinceCompaction <= Math.Max(1024, activeStories))
        {
            return;
        }

        _staleSinceCompaction = 0;
        foreach (var (key, list) in _postings)
        {
            list.RemoveAll(slot => !isActive(slot));
            if (list.Count == 0)
            {
                _postings.Remove(key);
            }
        }

        _postings.TrimExcess();
    }
}
