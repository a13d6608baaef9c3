using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;

namespace CrossCheck.Clustering.Refinement;

/// <summary>A second look at the stories of a bounded batch once every article is placed, which a single online
/// pass cannot take: it splits stories that hold two events of one kind (<see cref="StorySplitter"/>), attaches
/// stray one- or two-report stories to the story they are closest to, and moves each report to the story whose
/// centroid fits it best (a few k-means rounds). Only independent reports are weighed; copies and rewrites follow
/// the report they derive from, so a flood of copies cannot pull a story about.</summary>
internal sealed class StoryRefiner(RefinementOptions options)
{
    private const int CandidateKeys = 12;
    private const int IndexedKeysPerStory = 80;
    private const int CandidateGroups = 25;

    public IReadOnlyList<Story> Refine(
        IReadOnlyList<Story> stories,
        IReadOnlyDictionary<string, ArticleProfile> profiles,
        IReadOnlyDictionary<string, string> titles,
        DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(frequencies);
        if (!stories.All(s => s.ArticleIds.All(profiles.ContainsKey)))
        {
            return stories;
        }

        var roots = new List<string>();
        var followers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        foreach (var story in stories)
        {
            var group = new List<int>();
            var members = story.ArticleIds.ToHashSet(StringComparer.Ordinal);
            foreach (var id in story.ArticleIds)
            {
                var root = RootOf(id, story.DerivedFrom);
                if (root == id || !members.Contains(root))
                {
                    group.Add(roots.Count);
                    roots.Add(id);
                }
                else
                {
                    (followers.TryGetValue(root, out var list) ? list : followers[root] = []).Add(id);
                }
            }

            groups.Add(group);
        }

        var vectors = roots.Select(id => ArticleVector.Of(profiles[id], frequencies, options.NameWeight)).ToList();
        var splitter = new StorySplitter(options);
        groups = [.. groups.SelectMany(g => splitter.Split(g, vectors))];
        groups = Attach(groups, vectors);
        Settle(groups, vectors);

        // The moves can gather a group that only a split tells apart again (seen on ECB+: +0.005 B³ F1).
        groups = [.. groups.SelectMany(g => splitter.Split(g, vectors))];
        Settle(groups, vectors);
        return Rebuild(stories, groups, roots, followers, profiles, titles);
    }

    private static string RootOf(string id, IReadOnlyDictionary<string, string> derivedFrom)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (derivedFrom.TryGetValue(id, out var source) && seen.Add(source))
        {
            id = source;
        }

        return id;
    }

    private List<List<int>> Attach(List<List<int>> groups, List<ArticleVector> vectors)
    {
        var large = groups.Where(g => g.Count > options.AttachMaxSize).ToList();
        var centroids = large.Select(g => GroupCentroid.Of(g.Select(m => vectors[m]))).ToList();
        var result = large.Select(g => new List<int>(g)).ToList();
        var byKey = Index(centroids);
        foreach (var small in groups.Where(g => g.Count <= options.AttachMaxSize && g.Count > 0))
        {
            var centroid = GroupCentroid.Of(small.Select(m => vectors[m]));
            var (best, bestScore) = (-1, options.AttachThreshold);
            var language = vectors[small[0]].LooksEnglish;
            foreach (var i in Candidates(centroid.TopKeys(CandidateKeys), byKey).Where(i => vectors[large[i][0]].LooksEnglish == language))
            {
                var score = centroids[i].Cosine(centroid);
                if (score >= bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best >= 0)
            {
                result[best].AddRange(small);
            }
            else
            {
                result.Add([.. small]);
            }
        }

        return result;
    }

    private void Settle(List<List<int>> groups, List<ArticleVector> vectors)
    {
        for (var round = 0; round < options.MoveRounds && Move(groups, vectors); round++)
        {
        }
    }

    /// <summary>One k-means round against the centroids as they were at its start; true when a report moved.</summary>
    private bool Move(List<List<int>> groups, List<ArticleVector> vectors)
    {
        var centroids = groups.Select(g => GroupCentroid.Of(g.Select(m => vectors[m]))).ToList();
        var byKey = Index(centroids);

        var moves = new List<(int Member, int From, int To)>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var member in groups[g])
            {
                var vector = vectors[member];
                var own = centroids[g].CosineWithout(vector);
                var (best, bestScore) = (-1, Math.Max(own, options.MoveThreshold));
                foreach (var candidate in Candidates(vector.TopKeys(CandidateKeys), byKey))
                {
                    if (candidate == g || vectors[groups[candidate][0]].LooksEnglish != vector.LooksEnglish)
                    {
                        continue;
                    }

                    var score = centroids[candidate].Cosine(vector);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (candidate, score);
                    }
                }

                if (best >= 0)
                {
                    moves.Add((member, g, best));
                }
            }
        }

        foreach (var (member, from, to) in moves)
        {
            groups[from].Remove(member);
            groups[to].Add(member);
        }

        groups.RemoveAll(g => g.Count == 0);
        return moves.Count > 0;
    }

    /// <summary>Groups by their heaviest keys: a report is compared only with groups sharing one of its own heaviest
    /// keys, which keeps a pass over thousands of stories near-linear.</summary>
    private static Dictionary<ulong, List<int>> Index(List<GroupCentroid> centroids)
    {
        var byKey = new Dictionary<ulong, List<int>>();
        for (var g = 0; g < centroids.Count; g++)
        {
            foreach (var key in centroids[g].TopKeys(IndexedKeysPerStory))
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(g);
            }
        }

        return byKey;
    }

    /// <summary>The groups indexed under most of these keys (ties to the earlier group).</summary>
    private static IEnumerable<int> Candidates(IEnumerable<ulong> keys, Dictionary<ulong, List<int>> byKey)
    {
        var hits = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            foreach (var group in byKey.GetValueOrDefault(key) ?? [])
            {
                hits[group] = hits.GetValueOrDefault(group) + 1;
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(CandidateGroups).Select(h => h.Key);
    }

    private static List<Story> Rebuild(
        IReadOnlyList<Story> original,
        List<List<int>> groups,
        List<string> roots,
        Dictionary<string, List<string>> followers,
        IReadOnlyDictionary<string, ArticleProfile> profiles,
        IReadOnlyDictionary<string, string> titles)
    {
        var derivedFrom = original.SelectMany(s => s.DerivedFrom).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var unchanged = original.ToDictionary(s => Key(s.ArticleIds), s => s, StringComparer.Ordinal);
        var order = Comparer<string>.Create((a, b) => string.Equals(a, b, StringComparison.Ordinal) ? 0 : Precedes(profiles[a], profiles[b]) ? -1 : 1);
        var stories = new List<Story>();
        foreach (var group in groups)
        {
            var ids = group.SelectMany(m => (IEnumerable<string>)[roots[m], .. followers.GetValueOrDefault(roots[m]) ?? []])
                .Order(order)
                .ToList();
            if (unchanged.TryGetValue(Key(ids), out var same))
            {
                stories.Add(same);
                continue;
            }

            var members = ids.ToHashSet(StringComparer.Ordinal);
            var derived = derivedFrom.Where(p => members.Contains(p.Key) && members.Contains(p.Value))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var titleHolder = ids.FirstOrDefault(id => !derived.ContainsKey(id)) ?? ids[0];
            stories.Add(new Story(StoryState.IdFor(ids[0]), titles.GetValueOrDefault(titleHolder, string.Empty), ids, derived));
        }

        return stories;
    }

    private static string Key(IEnumerable<string> ids) => string.Join('\n', ids.Order(StringComparer.Ordinal));

    private static bool Precedes(ArticleProfile a, ArticleProfile b) =>
        new StoryMember(a.Id, a.Published, a.Sequence).Precedes(new StoryMember(b.Id, b.Published, b.Sequence));
}
