using CrossCheck.Extraction;
using CrossCheck.Ingest;
using Npgsql;

namespace CrossCheck.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private const string SelectColumns = """
        SELECT a.document_id, a.article_key, r.revision, r.content_hash, r.source, r.format, r.raw_content,
               r.meta_title, r.meta_outlet, r.meta_url, r.meta_published, r.meta_byline,
               r.title, r.text, r.url, r.outlet, r.byline, r.language, r.published, r.published_from, r.captions,
               a.first_seen, r.added_at, a.story_id
        FROM articles a JOIN revisions r ON r.article_id = a.id
        """;

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

    private static StoredArticle Map(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var documentId = r.GetString(0);
        var metadata = new DocumentMetadata(Text(7), Text(8), Text(9), Text(10), Text(11));
        var document = new RawDocument(documentId, r.GetString(4), Enum.Parse<DocumentFormat>(r.GetString(5)), r.GetString(6), metadata);
        var captions = r.IsDBNull(20) ? null : r.GetFieldValue<string[]>(20);
        var article = new Article(
            documentId, r.GetString(4), r.GetString(12), r.GetString(13), Text(14), Text(15), Text(16), Text(17),
            StoredDates.ParsePublication(Text(18)), Enum.Parse<PublishedFrom>(r.GetString(19)), captions);
        return new StoredArticle(
            documentId, r.GetString(1), r.GetInt32(2), r.GetString(3), document, article,
            r.GetFieldValue<DateTimeOffset>(21), r.GetFieldValue<DateTimeOffset>(22), Text(23));
    }
}
