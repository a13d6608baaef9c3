using System.CommandLine;
using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Storage;
using CrossCheck.Text.Dates;

namespace CrossCheck.Cli.Commands;

/// <summary>The store side of <c>analyze</c>: <c>--db</c>, <c>--since</c> and <c>--story</c> select stored articles,
/// and the story grouping of a whole-store run is written back so <c>--story</c> can name it later.</summary>
internal sealed class StoreSelection
{
    public Option<string?> Db { get; } = DbOption.Create(required: false);

    public Option<string?> Since { get; } = new("--since")
    {
        Description = "With --db: only articles published (else first stored) within this span or after this date: 30m, 12h, 2d, 1w, 2024-05-01",
    };

    public Option<string?> Story { get; } = new("--story")
    {
        Description = "With --db: only the articles of this story id (as assigned by the last analyze over the store)",
    };

    public IEnumerable<Option> Options => [Db, Since, Story];

    /// <summary>The selected stored documents in the order they were first stored, and the store, left open for the run
    /// (its sentence vectors are read and written while stories are analysed; the caller disposes it). Without
    /// <c>--db</c>: no documents and no store. Null (after one error line) when the selection cannot be made.</summary>
    public async Task<(IReadOnlyList<RawDocument> Documents, IArticleStore? Store)?> LoadAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var db = parse.GetValue(Db);
        var sinceText = parse.GetValue(Since);
        var story = parse.GetValue(Story);
        if (db is null)
        {
            if (sinceText is not null || story is not null)
            {
                context.Error.WriteLine("crosscheck: --since and --story need --db");
                return null;
            }

            return ([], null);
        }

        DateTimeOffset? since = null;
        if (sinceText is not null && (since = RelativeTime.TryParseSince(sinceText, context.Time.GetUtcNow())) is null)
        {
            context.Error.WriteLine($"crosscheck: --since '{sinceText}': expected a span like 2d or 12h, or a date like 2024-05-01");
            return null;
        }

        var store = await StoreOpener.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return null;
        }

        try
        {
            var stored = await store.QueryAsync(new ArticleQuery(since, story), cancellationToken).ConfigureAwait(false);
            return ([.. stored.OrderBy(s => s.FirstSeen).ThenBy(s => s.DocumentId, StringComparer.Ordinal).Select(s => s.Document)], store);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Records story membership of stored articles after a run over the whole store (no <c>--since</c>,
    /// no <c>--story</c>): a grouping of part of the store must not overwrite the grouping of all of it.</summary>
    public async Task SaveStoriesAsync(ParseResult parse, IArticleStore? store, IReadOnlyList<RawDocument> storedDocuments, IReadOnlyList<(string StoryId, IReadOnlyList<string> ArticleIds)> stories, CancellationToken cancellationToken)
    {
        if (store is null || parse.GetValue(Story) is not null || parse.GetValue(Since) is not null || storedDocuments.Count == 0)
        {
            return;
        }

        var storedIds = storedDocuments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var assignments = stories
            .SelectMany(story => story.ArticleIds.Where(storedIds.Contains).Select(id => (id, story.StoryId)))
            .ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
        await store.AssignStoriesAsync(assignments, cancellationToken).ConfigureAwait(false);
    }
}
