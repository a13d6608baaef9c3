using System.Globalization;
using System.Text.Json;
using CrossCheck.Ingest;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string SelectColumns = StoredArticleColumns.Select;

    public Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return LockedAsync(() => ReadAsync(
            SelectColumns + """
                 AND r.revision = a.current_revision
                WHERE ($since IS NULL OR a.effective_time >= $since)
                  AND ($story IS NULL OR a.story_id = $story)
                  AND ($text IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $text))
                ORDER BY a.effective_time, a.id
                LIMIT $limit
                """,
            cancellationToken,
            ("$since", query.Since is { } since ? StoredDates.Format(since) : null),
            ("$story", query.StoryId),
            ("$text", FullTextQuery.Quote(query.Text)),
            ("$limit", query.Limit ?? -1)), cancellationToken);
    }

    public async Task<StoredArticle?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var rows = await LockedAsync(() => ReadAsync(
            SelectColumns + " AND r.revision = a.current_revision WHERE a.document_id = $d", cancellationToken, ("$d", documentId)), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredArticle>> GetRevisionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        LockedAsync(() => ReadAsync(
            SelectColumns + " WHERE a.document_id = $d ORDER BY r.revision", cancellationToken, ("$d", documentId)), cancellationToken);

    public Task AssignStoriesAsync(IReadOnlyDictionary<string, string> storyByDocumentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyByDocumentId);
        return LockedAsync(async () =>
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (documentId, storyId) in storyByDocumentId)
            {
                await ExecuteAsync(_connection, "UPDATE articles SET story_id = $s WHERE document_id = $d", cancellationToken, ("$s", storyId), ("$d", documentId)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(async () =>
        {
            var row = await FirstRowAsync("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM revisions)", [], cancellationToken).ConfigureAwait(false);
            return new StoreCounts(Convert.ToInt32(row![0], CultureInfo.InvariantCulture), Convert.ToInt32(row[1], CultureInfo.InvariantCulture));
        }, cancellationToken);

    private async Task<IReadOnlyList<StoredArticle>> ReadAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var results = new List<StoredArticle>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            results.Add(Map(reader));
        }

        return results;
    }

    private static StoredArticle Map(SqliteDataReader r) => StoredArticleColumns.Map(
        r,
        r.IsDBNull(StoredArticleColumns.Captions) ? null : JsonSerializer.Deserialize<string[]>(r.GetString(StoredArticleColumns.Captions)),
        StoredDates.ParseTimestamp(r.GetString(StoredArticleColumns.FirstSeen)),
        StoredDates.ParseTimestamp(r.GetString(StoredArticleColumns.AddedAt)));
}
