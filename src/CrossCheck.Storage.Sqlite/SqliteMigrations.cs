using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

/// <summary>Numbered schema steps, each applied once in its own transaction and recorded in <c>schema_migrations</c>.</summary>
internal static class SqliteMigrations
{
    private static readonly (int Version, string Name, string Sql)[] Steps =
    [
        (1, "articles and revisions", """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                article_key TEXT NOT NULL UNIQUE,
                document_id TEXT NOT NULL UNIQUE,
                canonical_url TEXT,
                current_revision INTEGER NOT NULL,
                effective_time TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                story_id TEXT
            );
            CREATE INDEX articles_time ON articles(effective_time);
            CREATE INDEX articles_story ON articles(story_id);
            CREATE TABLE revisions (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id),
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
                captions TEXT,
                added_at TEXT NOT NULL,
                UNIQUE (article_id, revision)
            );
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
            """),
        (2, "feed state", """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                last_polled TEXT
            );
            CREATE TABLE feed_items (
                feed_url TEXT NOT NULL REFERENCES feeds(url),
                item_key TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_key)
            ) WITHOUT ROWID;
            """),
        (3, "sentence vectors", """
            CREATE TABLE sentence_vectors (
                id INTEGER PRIMARY KEY,
                model TEXT NOT NULL,
                sentence_key BLOB NOT NULL,
                vector BLOB NOT NULL,
                UNIQUE (model, sentence_key)
            );
            """),
    ];

    public static int Latest => Steps[^1].Version;

    public static async Task ApplyAsync(SqliteConnection connection, string appliedAt, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (version, name, sql) in Steps)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var check = connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
            check.Parameters.AddWithValue("$v", version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await using var apply = connection.CreateCommand();
            apply.CommandText = sql + ";INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t);";
            apply.Parameters.AddWithValue("$v", version);
            apply.Parameters.AddWithValue("$n", name);
            apply.Parameters.AddWithValue("$t", appliedAt);
            await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
