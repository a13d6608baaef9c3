using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.NearDuplicates;
using CrossCheck.Extraction;

namespace CrossCheck.Clustering.Online;

/// <summary>Streaming same-event clustering (after Miranda et al. 2018): each arriving article is first checked
/// for being a copy or rewrite of a recent article (then it joins that article's story and records what it
/// derives from); otherwise it joins the most similar active story above a calibrated threshold, or opens a new
/// one. Two stories an article is close to merge when they are close to each other. Stories idle for longer than
/// the time window are retired (handed to <c>onRetired</c>, or kept for <see cref="Stories"/>), so memory is
/// bounded by the active window, not by the length of the stream.</summary>
public sealed class OnlineStoryClusterer
{
    private readonly ClusteringOptions _options;
    private readonly IArticleSimilarity _similarity;
    private readonly Action<Story>? _onRetired;
    private readonly NearDuplicateIndex _copies;
    private readonly StoryIndex _index = new();
    private readonly Dictionary<int, StoryState> _active = [];
    private readonly Dictionary<int, int> _mergedInto = [];
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private readonly List<Story> _retired = [];
    private long _sequence;
    private int _nextSlot;
    private DateOnly? _streamDate;
    private DateOnly? _lastRetirementDate;

    public OnlineStoryClusterer(ClusteringOptions? options = null, IArticleSimilarity? similarity = null, Action<Story>? onRetired = null)
    {
        _options = options ?? ClusteringOptions.Default;
        _similarity = similarity ?? new LexicalSimilarity(_options.Weights);
        _onRetired = onRetired;
        _copies = new NearDuplicateIndex(_options);
    }

    public DocumentFrequencies Frequencies { get; } = new();

    public int ActiveStories => _active.Count;

    public int IndexedArticles => _copies.IndexedArticles;

    /// <summary>Places one article. <paramref name="profile"/> may be given when it was built beforehand with
    /// <see cref="ArticleProfiler.Build(Article, ClusteringOptions)"/> (e.g. on another thread); otherwise it is built here.</summary>
    public StoryAssignment Add(Article article, ArticleProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        profile = profile is null ? ProfileBuilder.Build(article, _sequence++) : profile.WithSequence(_sequence++);
        AdvanceClock(profile.Published);
        var member = new StoryMember(profile.Id, profile.Published, profile.Sequence);
        var sketch = _copies.SketchOf(profile);
        var matches = _copies.Find(profile, sketch);
        if (matches.Count > 0 && JoinCopied(article, profile, member, sketch, matches) is { } copied)
        {
            return copied;
        }

        if (profile.ContentWordCount < _options.MinContentWords)
        {
            var alone = Open(article, member);
            return new StoryAssignment(article.Id, alone.Id, AssignmentKind.TooShort, 0, null);
        }

        Frequencies.Add(profile);
        var query = QueryKeys(profile);
        var (best, bestScore, second, secondScore) = BestStories(profile, query);
        StoryState story;
        AssignmentKind kind;
        if (best is not null && bestScore >= _options.JoinThreshold)
        {
            story = best;
            kind = AssignmentKind.Joined;
        }
        else
        {
            story = Open(article, member, register: false);
            kind = AssignmentKind.NewStory;
        }

        var derivedFrom = story.CreditedSource(profile.AttributedOutlets, article.Outlet, member);
        story.AddMember(member, article.Title, article.Outlet, derivedFrom);
        story.Profile.Add(profile, Frequencies);
        _index.Add(story, query.Select(q => q.Key));
        _copies.Add(profile, sketch).StorySlot = story.Slot;
        if (second is not null && secondScore >= _options.JoinThreshold && kind == AssignmentKind.Joined
            && _similarity.Score(story.Profile, second.Profile, Frequencies)
                * NameConflictFactor(PrincipalNameConflict.Between(story.Profile, second.Profile)) >= _options.MergeThreshold)
        {
            story = Merge(story, second);
        }

        return new StoryAssignment(article.Id, story.Id, kind, bestScore, derivedFrom);
    }

    /// <summary>The id a story has now, after any merges, given the id it had when an article was assigned.</summary>
    public string CurrentStoryId(string storyId)
    {
        while (_renamed.TryGetValue(storyId, out var next))
        {
            storyId = next;
        }

        return storyId;
    }

    /// <summary>All stories: retired ones (unless handed to <c>onRetired</c>) and active ones, earliest first.</summary>
    public IReadOnlyList<Story> Stories() =>
        [.. _retired, .. _active.Values.OrderBy(s => s.Slot).Select(s => s.ToStory())];

    /// <summary>Retires every active story (end of stream).</summary>
    public void Flush()
    {
        foreach (var story in _active.Values.OrderBy(s => s.Slot).ToList())
        {
            Retire(story);
        }
    }

    private StoryAssignment? JoinCopied(Article article, ArticleProfile profile, StoryMember member, NearDuplicateIndex.Sketch sketch, List<NearDuplicateMatch> matches)
    {
        var exact = matches.Exists(m => m.Exact);
        var target = matches
            .Select(m => (Match: m, Story: Resolve(m.Entry.StorySlot)))
            .Where(p => p.Story is not null)
            .OrderByDescending(p => p.Match.Exact)
            .ThenByDescending(p => Math.Max(p.Match.Resemblance, p.Match.Overlap))
            .FirstOrDefault();
        if (target.Story is not { } story)
        {
            return null;
        }

        var sources = matches.Select(m => new StoryMember(m.Entry.ArticleId, m.Entry.Published, m.Entry.Sequence)).ToList();
        var earliest = sources.Aggregate((a, b) => a.Precedes(b) ? a : b);
        string? derivedFrom = earliest.Precedes(member) ? earliest.Id : null;
        if (derivedFrom is null)
        {
            // Arrived after but published before its copies: they derive from it.
            foreach (var later in sources.Where(s => member.Precedes(s)))
            {
                if (!story.DerivedFrom.TryGetValue(later.Id, out var current)
                    || (story.TryGetMember(current, out var known) && member.Precedes(known)))
                {
                    story.DerivedFrom[later.Id] = member.Id;
                }
            }
        }

        story.AddMember(member, article.Title, article.Outlet, derivedFrom);
        if (!exact)
        {
            story.Profile.Add(profile, Frequencies);
            _copies.Add(profile, sketch).StorySlot = story.Slot;
        }

        var kind = exact ? AssignmentKind.Copy : AssignmentKind.Rewrite;
        return new StoryAssignment(article.Id, story.Id, kind, Math.Max(target.Match.Resemblance, target.Match.Overlap), derivedFrom);
    }

    private (StoryState? Best, double BestScore, StoryState? Second, double SecondScore) BestStories(ArticleProfile profile, IReadOnlyList<(ulong Key, float Weight)> query)
    {
        StoryState? best = null, second = null;
        double bestScore = 0, secondScore = 0;
        foreach (var slot in _index.Candidates(query, _active.ContainsKey, _options.CandidateStories))
        {
            var story = _active[slot];
            if (story.Profile.LooksEnglish != profile.LooksEnglish)
            {
                continue;
            }

            var decay = Decay(profile.Published, story.Profile);
            if (decay <= 0)
            {
                continue;
            }

            var score = decay * _similarity.Score(profile, story.Profile, Frequencies)
                * NameConflictFactor(_options.NameConflictPenalty > 0 && PrincipalNameConflict.Between(profile, story.Profile));
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (story, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (story, score);
            }
        }

        return (best, bestScore, second, secondScore);
    }

    private double NameConflictFactor(bool conflict) => conflict ? 1 - _options.NameConflictPenalty : 1;

    private double Decay(DateOnly? published, StoryProfile story)
    {
        if (published is not { } date || story.LastPublished is not { } last || story.FirstPublished is not { } first)
        {
            return 1;
        }

        var gap = date < first ? first.DayNumber - date.DayNumber : Math.Max(0, date.DayNumber - last.DayNumber);
        return gap > _options.WindowDays ? 0 : Math.Exp(-gap / _options.DecayDays);
    }

    private List<(ulong Key, float Weight)> QueryKeys(ArticleProfile profile)
    {
        var weighted = new List<(ulong Key, float Weight)>(profile.BodyTerms.Count + profile.Entities.Count);
        foreach (var (key, tf) in profile.BodyTerms)
        {
            weighted.Add((key, tf * Frequencies.Idf(key)));
        }

        var terms = weighted.OrderByDescending(w => w.Weight).Take(_options.QueryTerms);
        var names = profile.Entities.Select(e => (e.Key, Weight: e.Value * Frequencies.Idf(e.Key)))
            .OrderByDescending(w => w.Weight).Take(_options.QueryTerms / 2);
        return [.. terms, .. names];
    }

    private StoryState Open(Article article, StoryMember member, bool register = true)
    {
        var story = new StoryState(_nextSlot++, member);
        _active[story.Slot] = story;
        if (register)
        {
            story.AddMember(member, article.Title, article.Outlet, null);
        }

        return story;
    }

    private StoryState Merge(StoryState a, StoryState b)
    {
        var (survivor, absorbed) = b.First.Precedes(a.First) ? (b, a) : (a, b);
        var absorbedId = absorbed.Id;
        _index.Add(survivor, absorbed.IndexedKeys);
        survivor.Absorb(absorbed, absorbed.Title);
        if (!string.Equals(survivor.Id, absorbedId, StringComparison.Ordinal))
        {
            _renamed[absorbedId] = survivor.Id;
        }

        _active.Remove(absorbed.Slot);
        _mergedInto[absorbed.Slot] = survivor.Slot;
        return survivor;
    }

    private StoryState? Resolve(int slot)
    {
        while (_mergedInto.TryGetValue(slot, out var next))
        {
            slot = next;
        }

        return _active.GetValueOrDefault(slot);
    }

    private void AdvanceClock(DateOnly? published)
    {
        if (published is { } date && (_streamDate is null || date > _streamDate))
        {
            _streamDate = date;
        }

        var newDay = _streamDate is not null && _streamDate != _lastRetirementDate;
        if (!newDay && _sequence % 4096 != 0)
        {
            return;
        }

        _lastRetirementDate = _streamDate;
        var idle = _active.Values.Where(IsIdle).ToList();
        foreach (var story in idle)
        {
            Retire(story);
        }

        _index.NoteRetired(idle.Count, _active.Count, _active.ContainsKey);
        _copies.Expire(_streamDate, _options.WindowDays);
    }

    private bool IsIdle(StoryState story) => _options.RetireIdleStories && (
        (_streamDate is { } now && story.Profile.LastPublished is { } last && last.AddDays(_options.WindowDays) < now)
        || story.LastSequence + _options.RetireAfterArticles < _sequence);

    private void Retire(StoryState story)
    {
        _active.Remove(story.Slot);
        var result = story.ToStory();
        if (_onRetired is null)
        {
            _retired.Add(result);
        }
        else
        {
            _onRetired(result);
        }
    }
}
