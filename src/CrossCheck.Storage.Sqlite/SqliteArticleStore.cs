using System.Globalization;
using System.Text.Json;
using CrossCheck.Ingest;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so every committed
/// add survives a killed process, and every add is one transaction, so none is ever half written.</summary>
internal sealed partial class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteArticleStore(SqliteConnection connection, SqliteConnection vectors, TimeProvider time)
    {
        _connection = connection;
        _vectors = vectors;
        _time = time;
    }

    public const string DefaultFileName = "crosscheck.db";

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    public static async Task<SqliteArticleStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var connection = new SqliteConnection(builder.ToString());
        SqliteConnection? vectors = null;
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;", cancellationToken).ConfigureAwait(false);
            await SqliteMigrations.ApplyAsync(connection, StoredDates.Format(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            vectors = await OpenVectorConnectionAsync(builder.ToString(), cancellationToken).ConfigureAwait(false);
            return new SqliteArticleStore(connection, vectors, time);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (vectors is not null)
            {
                await vectors.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public async Task<AddResult> AddAsync(RawDocument document, Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        var identity = ArticleIdentity.Of(document, article);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await AddInTransactionAsync(document, article, identity, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AddResult> AddInTransactionAsync(RawDocument document, Article article, ArticleIdentity identity, CancellationToken ct)
    {
        var existing = await FirstRowAsync(
            "SELECT a.document_id, r.revision FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.content_hash = $h",
            [("$h", identity.ContentHash)], ct).ConfigureAwait(false);
        if (existing is { } same)
        {
            return new AddResult(AddOutcome.Unchanged, (string)same[0], Convert.ToInt32(same[1], CultureInfo.InvariantCulture));
        }

        var now = _time.GetUtcNow();
        var effective = StoredDates.Format(article.Published is { } published ? StoredDates.ToInstant(published) : now);
        var known = await FirstRowAsync(
            "SELECT id, document_id, current_revision FROM articles WHERE article_key = $k", [("$k", identity.Key)], ct).ConfigureAwait(false);
        long articleId;
        string documentId;
        int revision;
        if (known is { } row)
        {
            (articleId, documentId, revision) = ((long)row[0], (string)row[1], Convert.ToInt32(row[2], CultureInfo.InvariantCulture) + 1);
            await ExecuteAsync(_connection, "UPDATE articles SET current_revision = $r, effective_time = $e WHERE id = $id; DELETE FROM articles_fts WHERE rowid = $id;",
                ct, ("$r", revision), ("$e", effective), ("$id", articleId)).ConfigureAwait(false);
        }
        else
        {
            documentId = await UniqueDocumentIdAsync(document.Id, ct).ConfigureAwait(false);
            revision = 1;
            articleId = (long)(await FirstRowAsync(
                "INSERT INTO articles (article_key, document_id, canonical_url, current_revision, effective_time, first_seen) VALUES ($k, $d, $u, 1, $e, $t) RETURNING id",
                [("$k", identity.Key), ("$d", documentId), ("$u", identity.CanonicalUrl), ("$e", effective), ("$t", StoredDates.Format(now))], ct).ConfigureAwait(false))![0];
        }

        await InsertRevisionAsync(articleId, revision, identity.ContentHash, document, article, now, ct).ConfigureAwait(false);
        await ExecuteAsync(_connection, "INSERT INTO articles_fts (rowid, title, text) VALUES ($id, $title, $text)",
            ct, ("$id", articleId), ("$title", article.Title), ("$text", article.Text)).ConfigureAwait(false);
        return new AddResult(revision == 1 ? AddOutcome.Added : AddOutcome.Revised, documentId, revision);
    }

    private Task InsertRevisionAsync(long articleId, int revision, string hash, RawDocument document, Article article, DateTimeOffset now, CancellationToken ct) =>
        ExecuteAsync(_connection, """
            INSERT INTO revisions (article_id, revision, content_hash, source, format, raw_content,
                meta_title, meta_outlet, meta_url, meta_published, meta_byline,
                title, text, url, outlet, byline, language, published, published_from, captions, added_at)
            VALUES ($a, $r, $h, $src, $fmt, $raw, $mt, $mo, $mu, $mp, $mb, $title, $text, $url, $outlet, $byline, $lang, $pub, $from, $cap, $at)
            """,
            ct,
            ("$a", articleId), ("$r", revision), ("$h", hash), ("$src", document.Source), ("$fmt", document.Format.ToString()),
            ("$raw", document.Content), ("$mt", document.Metadata.Title), ("$mo", document.Metadata.Outlet), ("$mu", document.Metadata.Url),
            ("$mp", document.Metadata.Published), ("$mb", document.Metadata.Byline), ("$title", article.Title), ("$text", article.Text),
            ("$url", article.Url), ("$outlet", article.Outlet), ("$byline", article.Byline), ("$lang", article.Language),
            ("$pub", article.Published?.ToIso()), ("$from", article.PublishedFrom.ToString()),
            ("$cap", article.Captions is { Count: > 0 } captions ? JsonSerializer.Serialize(captions) : null), ("$at", StoredDates.Format(now)));

    private async Task<string> UniqueDocumentIdAsync(string wanted, CancellationToken ct)
    {
        var candidate = wanted;
        for (var n = 2; await FirstRowAsync("SELECT 1 FROM articles WHERE document_id = $d", [("$d", candidate)], ct).ConfigureAwait(false) is not null; n++)
        {
            candidate = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        await _vectors.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
