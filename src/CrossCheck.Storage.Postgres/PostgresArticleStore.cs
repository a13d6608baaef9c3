using CrossCheck.Ingest;
using Npgsql;

namespace CrossCheck.Storage.Postgres;

/// <summary>The server store: the same schema and behaviour as the SQLite store on PostgreSQL, for a
/// newsroom running CrossCheck as a shared server. Every add is one transaction; concurrent adds of the
/// same content from several processes resolve through the unique keys.</summary>
public sealed partial class PostgresArticleStore : IArticleStore
{
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    private PostgresArticleStore(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    /// <summary>Connects (an Npgsql connection string or a postgres:// URL) and brings the schema up to date.</summary>
    public static async Task<PostgresArticleStore> OpenAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Normalize(connectionString));
        try
        {
            await PostgresMigrations.ApplyAsync(dataSource, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new PostgresArticleStore(dataSource, time);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<AddResult> AddAsync(RawDocument document, Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        var identity = ArticleIdentity.Of(document, article);
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await AddInTransactionAsync(connection, transaction, document, article, identity, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (PostgresException ex) when (ex.SqlState == UniqueViolation && attempt < 3)
            {
                // Another writer stored the same key or content first: the next attempt sees it.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<AddResult> AddInTransactionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RawDocument document, Article article, ArticleIdentity identity, CancellationToken ct)
    {
        var same = await FirstRowAsync(connection, transaction,
            "SELECT a.document_id, r.revision FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.content_hash = @h",
            ct, ("h", identity.ContentHash)).ConfigureAwait(false);
        if (same is not null)
        {
            return new AddResult(AddOutcome.Unchanged, (string)same[0], (int)same[1]);
        }

        var now = _time.GetUtcNow();
        var effective = article.Published is { } published ? StoredDates.ToInstant(published) : now;
        var known = await FirstRowAsync(connection, transaction,
            "SELECT id, document_id, current_revision FROM articles WHERE article_key = @k FOR UPDATE", ct, ("k", identity.Key)).ConfigureAwait(false);
        long articleId;
        string documentId;
        int revision;
        if (known is { } row)
        {
            (articleId, documentId, revision) = ((long)row[0], (string)row[1], (int)row[2] + 1);
            await ExecuteAsync(connection, transaction, "UPDATE articles SET current_revision = @r, effective_time = @e WHERE id = @id",
                ct, ("r", revision), ("e", effective.ToUniversalTime()), ("id", articleId)).ConfigureAwait(false);
        }
        else
        {
            documentId = await UniqueDocumentIdAsync(connection, transaction, document.Id, ct).ConfigureAwait(false);
            revision = 1;
            articleId = (long)(await FirstRowAsync(connection, transaction,
                "INSERT INTO articles (article_key, document_id, canonical_url, current_revision, effective_time, first_seen) VALUES (@k, @d, @u, 1, @e, @t) RETURNING id",
                ct, ("k", identity.Key), ("d", documentId), ("u", identity.CanonicalUrl), ("e", effective.ToUniversalTime()), ("t", now.ToUniversalTime())).ConfigureAwait(false))![0];
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO revisions (article_id, revision, content_hash, source, format, raw_content,
                meta_title, meta_outlet, meta_url, meta_published, meta_byline,
                title, text, url, outlet, byline, language, published, published_from, captions, added_at)
            VALUES (@a, @r, @h, @src, @fmt, @raw, @mt, @mo, @mu, @mp, @mb, @title, @text, @url, @outlet, @byline, @lang, @pub, @from, @cap, @at)
            """,
            ct,
            ("a", articleId), ("r", revision), ("h", identity.ContentHash), ("src", document.Source), ("fmt", document.Format.ToString()),
            ("raw", document.Content), ("mt", document.Metadata.Title), ("mo", document.Metadata.Outlet), ("mu", document.Metadata.Url),
            ("mp", document.Metadata.Published), ("mb", document.Metadata.Byline), ("title", article.Title), ("text", article.Text),
            ("url", article.Url), ("outlet", article.Outlet), ("byline", article.Byline), ("lang", article.Language),
            ("pub", article.Published?.ToIso()), ("from", article.PublishedFrom.ToString()),
            ("cap", article.Captions is { Count: > 0 } captions ? captions.ToArray() : null), ("at", now.ToUniversalTime())).ConfigureAwait(false);
        return new AddResult(revision == 1 ? AddOutcome.Added : AddOutcome.Revised, documentId, revision);
    }

    private static async Task<string> UniqueDocumentIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string wanted, CancellationToken ct)
    {
        var candidate = wanted;
        for (var n = 2; await FirstRowAsync(connection, transaction, "SELECT 1 FROM articles WHERE document_id = @d", ct, ("d", candidate)).ConfigureAwait(false) is not null; n++)
        {
            candidate = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
