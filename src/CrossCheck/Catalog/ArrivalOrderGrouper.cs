using CrossCheck.Clustering;
using CrossCheck.Clustering.Online;
using CrossCheck.Extraction;

namespace CrossCheck.Catalog;

/// <summary>Groups a stored collection into stories one article at a time, in the order the articles were first
/// stored. Earlier decisions never depend on later articles, so adding an article only touches the story it joins
/// (or the two it merges), and replaying the same collection in the same order gives the same stories with the
/// same ids: a story's id is a hash of the id of the article that opened it (see <c>StoryState</c>), which stays
/// the first stored article of the story unless two stories merge. Nothing is retired: an old article added
/// late can still join its story.</summary>
public sealed class ArrivalOrderGrouper
{
    private readonly OnlineStoryClusterer _clusterer;
    private readonly HashSet<string> _assignedIds = new(StringComparer.Ordinal);

    public ArrivalOrderGrouper(ClusteringOptions? options = null) =>
        _clusterer = new OnlineStoryClusterer((options ?? ClusteringOptions.Default) with { RetireIdleStories = false });

    /// <summary>Groups <paramref name="articlesInArrivalOrder"/> as they come (no reordering).</summary>
    public static IReadOnlyList<Story> Group(IEnumerable<Article> articlesInArrivalOrder, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articlesInArrivalOrder);
        var grouper = new ArrivalOrderGrouper(options);
        foreach (var article in articlesInArrivalOrder)
        {
            grouper.Add(article);
        }

        return grouper.Stories();
    }

    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _assignedIds.Add(_clusterer.Add(article).StoryId);
    }

    /// <summary>Every story, in the order they were opened.</summary>
    public IReadOnlyList<Story> Stories() => _clusterer.Stories();

    /// <summary>Ids that stories had before they were merged into another, mapped to the id of that other story,
    /// so a link to a merged story still leads somewhere.</summary>
    public IReadOnlyDictionary<string, string> MergedIds() =>
        _assignedIds
            .Select(id => (Old: id, Now: _clusterer.CurrentStoryId(id)))
            .Where(p => !string.Equals(p.Old, p.Now, StringComparison.Ordinal))
            .ToDictionary(p => p.Old, p => p.Now, StringComparer.Ordinal);
}
