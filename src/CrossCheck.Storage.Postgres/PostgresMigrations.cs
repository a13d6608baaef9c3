using Npgsql;

namespace CrossCheck.Storage.Postgres;

/// <summary>Numbered schema steps, applied once each under an advisory lock (several servers may start at
/// once) and recorded in <c>schema_migrations</c>. Mirrors the SQLite schema.</summary>
internal static class PostgresMigrations
{
    private const long LockKey = 0x4352_4F53_5343_484B; // "CROSSCHK"

    private static readonly (int Version, string Name, string Sql)[] Steps =
    [
        (1, "articles and revisions", """
            CREATE TABLE articles (
                id BIGSERIAL PRIMARY KEY,
                article_key TEXT NOT NULL UNIQUE,
                document_id TEXT NOT NULL UNIQUE,
                canonical_url TEXT,
                current_revision INTEGER NOT NULL,
                effective_time TIMESTAMPTZ NOT NULL,
                first_seen TIMESTAMPTZ NOT NULL,
                story_id TEXT
            );
            CREATE INDEX articles_time ON articles(effective_time);
            CREATE INDEX articles_story ON articles(story_id);
            CREATE TABLE revisions (
                id BIGSERIAL PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles(id),
                revision INTEGER NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                format TEXT NOT NULL,
                raw_content TEXT NOT NULL,
                meta_title TEXT, meta_outlet TEXT, meta_url TEXT, meta_published TEXT, meta_byline TEXT,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                url TEXT, outlet TEXT, byline TEXT, language TEXT,
                published TEXT,
                published_from TEXT NOT NULL,
                captions TEXT[],
                added_at TIMESTAMPTZ NOT NULL,
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED,
                UNIQUE (article_id, revision)
            );
            CREATE INDEX revisions_search ON revisions USING GIN (search);
            """),
        (2, "feed state", """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                last_polled TIMESTAMPTZ
            );
            CREATE TABLE feed_items (
                feed_url TEXT NOT NULL REFERENCES feeds(url),
                item_key TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_key)
            );
            """),
        (3, "sentence vectors", """
            CREATE TABLE sentence_vectors (
                model TEXT NOT NULL,
                sentence_key BYTEA NOT NULL,
                vector BYTEA NOT NULL,
                PRIMARY KEY (model, sentence_key)
            );
            """),
    ];

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, DateTimeOffset appliedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var setup = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(@k); CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
            connection, transaction))
        {
            setup.Parameters.AddWithValue("k", LockKey);
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (version, name, sql) in Steps)
        {
            await using var check = new NpgsqlCommand("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", connection, transaction);
            check.Parameters.AddWithValue("v", version);
            if ((long)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
            {
                continue;
            }

            await using var apply = new NpgsqlCommand(sql + ";INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", connection, transaction);
            apply.Parameters.AddWithValue("v", version);
            apply.Parameters.AddWithValue("n", name);
            apply.Parameters.AddWithValue("t", appliedAt.ToUniversalTime());
            await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
