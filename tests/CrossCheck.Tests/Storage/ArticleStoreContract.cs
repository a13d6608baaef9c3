using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Storage;

/// <summary>Behaviour every <see cref="IArticleStore"/> must show; each implementation derives a test class.</summary>
public abstract partial class ArticleStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 5, 10, 12, 0, 0, TimeSpan.Zero));

    private protected abstract Task<IArticleStore> CreateStoreAsync();

    private protected static (RawDocument, Article) Make(string id, string text, string? url = null, string title = "Title", PublicationDate? published = null)
    {
        var document = new RawDocument(id, id + ".txt", DocumentFormat.PlainText, title + "\n" + text, new DocumentMetadata(title, "Outlet", url, published?.ToIso(), "A. Writer"));
        var article = new Article(id, id + ".txt", title, text, url, "Outlet", "A. Writer", "en", published, published is null ? PublishedFrom.None : PublishedFrom.Metadata, ["A caption"]);
        return (document, article);
    }

    [Fact]
    public async Task Re_adding_the_same_article_is_a_no_op()
    {
        await using var store = await CreateStoreAsync();
        var (document, article) = Make("a", "The dam held overnight.", "https://news.example/dam");
        Assert.Equal(new AddResult(AddOutcome.Added, "a", 1), await store.AddAsync(document, article));
        Assert.Equal(new AddResult(AddOutcome.Unchanged, "a", 1), await store.AddAsync(document, article));
        Assert.Equal(new StoreCounts(1, 1), await store.CountAsync());
    }

    [Fact]
    public async Task The_same_content_under_another_url_is_a_duplicate()
    {
        await using var store = await CreateStoreAsync();
        var (d1, a1) = Make("a", "The dam  held\novernight.", "https://news.example/dam");
        var (d2, a2) = Make("b", "The dam held overnight.", "https://mirror.example/copy");
        await store.AddAsync(d1, a1);
        Assert.Equal(AddOutcome.Unchanged, (await store.AddAsync(d2, a2)).Outcome);
        Assert.Equal(new StoreCounts(1, 1), await store.CountAsync());
    }

    [Fact]
    public async Task A_verbatim_copy_from_another_outlet_is_kept_as_its_own_article()
    {
        await using var store = await CreateStoreAsync();
        var (d1, a1) = Make("wire", "The dam held overnight.", "https://wire.example/dam");
        var (d2, a2) = Make("copy", "The dam held overnight.", "https://daily.example/dam");
        await store.AddAsync(d1, a1);

        var result = await store.AddAsync(d2 with { Metadata = d2.Metadata with { Outlet = "Valley Daily" } }, a2 with { Outlet = "Valley Daily" });

        Assert.Equal(new AddResult(AddOutcome.Added, "copy", 1), result);
        Assert.Equal(new StoreCounts(2, 2), await store.CountAsync());
    }

    [Fact]
    public async Task New_content_for_a_known_url_is_kept_as_a_revision()
    {
        await using var store = await CreateStoreAsync();
        var (d1, a1) = Make("a", "Two people were hurt.", "https://news.example/fire?utm_source=x#top");
        var (d2, a2) = Make("a-update", "Three people were hurt.", "HTTPS://NEWS.example:443/fire");
        await store.AddAsync(d1, a1);
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new AddResult(AddOutcome.Revised, "a", 2), await store.AddAsync(d2, a2));

        var current = await store.GetAsync("a");
        Assert.Equal("Three people were hurt.", current!.Article.Text);
        Assert.Equal("https://news.example/fire", current.Key);
        var revisions = await store.GetRevisionsAsync("a");
        Assert.Equal(["Two people were hurt.", "Three people were hurt."], revisions.Select(r => r.Article.Text));
        Assert.Equal(new StoreCounts(1, 2), await store.CountAsync());
    }

    [Fact]
    public async Task Stored_articles_round_trip_every_field()
    {
        await using var store = await CreateStoreAsync();
        var published = new PublicationDate(new DateOnly(2024, 5, 9), new TimeOnly(8, 30), TimeSpan.FromHours(2));
        var (document, article) = Make("r", "Text body.", "https://news.example/r", "Héadline", published);
        await store.AddAsync(document, article);
        var stored = await store.GetAsync("r");
        Assert.Equal(document, stored!.Document with { Metadata = stored.Document.Metadata });
        Assert.Equal(document.Metadata, stored.Document.Metadata);
        Assert.Equal(article with { Captions = null }, stored.Article with { Captions = null });
        Assert.Equal(["A caption"], stored.Article.Captions!);
        Assert.Equal(Time.GetUtcNow(), stored.FirstSeen);
    }

    [Fact]
    public async Task Document_ids_stay_unique()
    {
        await using var store = await CreateStoreAsync();
        var (d1, a1) = Make("report", "First text.");
        var (d2, a2) = Make("report", "Second, different text.");
        await store.AddAsync(d1, a1);
        Assert.Equal("report-2", (await store.AddAsync(d2, a2)).DocumentId);
    }

    [Fact]
    public async Task Queries_filter_by_time_story_and_words()
    {
        await using var store = await CreateStoreAsync();
        var (old, oldArticle) = Make("old", "Flooding closed the valley road.", published: new PublicationDate(new DateOnly(2024, 4, 1)));
        var (recent, recentArticle) = Make("recent", "Rescuers reached the \"stranded\" village.", published: new PublicationDate(new DateOnly(2024, 5, 9)));
        var (undated, undatedArticle) = Make("undated", "Rescuers reported no casualties.");
        await store.AddAsync(old, oldArticle);
        await store.AddAsync(recent, recentArticle);
        await store.AddAsync(undated, undatedArticle);
        await store.AssignStoriesAsync(new Dictionary<string, string> { ["old"] = "s1", ["recent"] = "s2", ["undated"] = "s2" });

        var since = await store.QueryAsync(new ArticleQuery(Since: Time.GetUtcNow().AddDays(-2)));
        Assert.Equal(["recent", "undated"], since.Select(a => a.DocumentId));
        Assert.Equal(["recent", "undated"], (await store.QueryAsync(new ArticleQuery(StoryId: "s2"))).Select(a => a.DocumentId));
        Assert.Equal(["recent", "undated"], (await store.QueryAsync(new ArticleQuery(Text: "rescuers"))).Select(a => a.DocumentId));
        Assert.Equal(["recent"], (await store.QueryAsync(new ArticleQuery(Text: "\"stranded village"))).Select(a => a.DocumentId));
        Assert.Equal(["old"], (await store.QueryAsync(new ArticleQuery(Limit: 1))).Select(a => a.DocumentId));
        Assert.Equal("s1", (await store.GetAsync("old"))!.StoryId);
    }

    [Fact]
    public async Task Feed_state_round_trips_and_accumulates_seen_items()
    {
        await using var store = await CreateStoreAsync();
        Assert.Null(await store.GetFeedStateAsync("https://feeds.example/rss"));
        await store.SaveFeedStateAsync(new FeedState("https://feeds.example/rss", "\"v1\"", "Fri, 10 May 2024 11:00:00 GMT", Time.GetUtcNow(), new HashSet<string> { "a" }));
        await store.SaveFeedStateAsync(new FeedState("https://feeds.example/rss", "\"v2\"", null, Time.GetUtcNow(), new HashSet<string> { "b" }));
        var state = await store.GetFeedStateAsync("https://feeds.example/rss");
        Assert.Equal("\"v2\"", state!.ETag);
        Assert.Null(state.LastModified);
        Assert.Equal(["a", "b"], state.SeenItems.Order(StringComparer.Ordinal));
    }
}
