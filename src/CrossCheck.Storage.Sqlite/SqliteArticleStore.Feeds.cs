using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public Task<FeedState?> GetFeedStateAsync(string feedUrl, CancellationToken cancellationToken = default) =>
        LockedAsync(async () =>
        {
            var row = await FirstRowAsync("SELECT etag, last_modified, last_polled FROM feeds WHERE url = $u", [("$u", feedUrl)], cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT item_key FROM feed_items WHERE feed_url = $u";
                command.Parameters.AddWithValue("$u", feedUrl);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    seen.Add(reader.GetString(0));
                }
            }

            return (FeedState?)new FeedState(
                feedUrl,
                row[0] as string,
                row[1] as string,
                row[2] is string polled ? StoredDates.ParseTimestamp(polled) : null,
                seen);
        }, cancellationToken);

    public Task SaveFeedStateAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        return LockedAsync(async () =>
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(_connection, """
                INSERT INTO feeds (url, etag, last_modified, last_polled) VALUES ($u, $e, $m, $p)
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled
                """,
                cancellationToken, ("$u", state.FeedUrl), ("$e", state.ETag), ("$m", state.LastModified),
                ("$p", state.LastPolled is { } polled ? StoredDates.Format(polled) : null)).ConfigureAwait(false);
            foreach (var item in state.SeenItems)
            {
                await ExecuteAsync(_connection, "INSERT OR IGNORE INTO feed_items (feed_url, item_key) VALUES ($u, $k)",
                    cancellationToken, ("$u", state.FeedUrl), ("$k", item)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }
}
