using Npgsql;

namespace CrossCheck.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public async Task<FeedState?> GetFeedStateAsync(string feedUrl, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await FirstRowAsync(connection, null, "SELECT etag, last_modified, last_polled FROM feeds WHERE url = @u", cancellationToken, ("u", feedUrl)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT item_key FROM feed_items WHERE feed_url = @u", connection))
        {
            command.Parameters.AddWithValue("u", feedUrl);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                seen.Add(reader.GetString(0));
            }
        }

        return new FeedState(feedUrl, row[0] as string, row[1] as string, row[2] is DateTime polled ? new DateTimeOffset(polled, TimeSpan.Zero) : null, seen);
    }

    public async Task SaveFeedStateAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO feeds (url, etag, last_modified, last_polled) VALUES (@u, @e, @m, @p)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled
            """,
            cancellationToken, ("u", state.FeedUrl), ("e", state.ETag), ("m", state.LastModified), ("p", state.LastPolled?.ToUniversalTime())).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO feed_items (feed_url, item_key) SELECT @u, unnest(@keys) ON CONFLICT DO NOTHING",
            cancellationToken, ("u", state.FeedUrl), ("keys", state.SeenItems.ToArray())).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
