using CrossCheck.Ingest;
using Npgsql;

namespace CrossCheck.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private const string SelectColumns = StoredArticleColumns.Select;

    public Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(
            SelectColumns + """
                 AND r.revision = a.current_revision
                WHERE (@since::timestamptz IS NULL OR a.effective_time >= @since)
                  AND (@story::text IS NULL OR a.story_id = @story)
                  AND (@text::text IS NULL OR r.search @@ plainto_tsquery('simple', @text))
                ORDER BY a.effective_time, a.id
                LIMIT @limit
                """,
            cancellationToken,
            ("since", query.Since?.ToUniversalTime()),
            ("story", query.StoryId),
            ("text", string.IsNullOrWhiteSpace(query.Text) ? null : query.Text),
            ("limit", (object?)query.Limit ?? DBNull.Value));
    }

    public async Task<StoredArticle?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(SelectColumns + " AND r.revision = a.current_revision WHERE a.document_id = @d", cancellationToken, ("d", documentId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredArticle>> GetRevisionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        ReadAsync(SelectColumns + " WHERE a.document_id = @d ORDER BY r.revision", cancellationToken, ("d", documentId));

    public async Task AssignStoriesAsync(IReadOnlyDictionary<string, string> storyByDocumentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyByDocumentId);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "UPDATE articles a SET story_id = s.story FROM unnest(@docs, @stories) AS s(doc, story) WHERE a.document_id = s.doc", connection, transaction);
        command.Parameters.AddWithValue("docs", storyByDocumentId.Keys.ToArray());
        command.Parameters.AddWithValue("stories", storyByDocumentId.Values.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await FirstRowAsync(connection, null, "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM revisions)", cancellationToken).ConfigureAwait(false);
        return new StoreCounts((int)(long)row![0], (int)(long)row[1]);
    }

    private async Task<IReadOnlyList<StoredArticle>> ReadAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        Bind(command, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var results = new List<StoredArticle>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            results.Add(Map(reader));
        }

        return results;
    }

    private static StoredArticle Map(NpgsqlDataReader r) => StoredArticleColumns.Map(
        r,
        r.IsDBNull(StoredArticleColumns.Captions) ? null : r.GetFieldValue<string[]>(StoredArticleColumns.Captions),
        r.GetFieldValue<DateTimeOffset>(StoredArticleColumns.FirstSeen),
        r.GetFieldValue<DateTimeOffset>(StoredArticleColumns.AddedAt));
}
