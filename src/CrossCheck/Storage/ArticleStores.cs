using CrossCheck.Storage.Postgres;
using CrossCheck.Storage.Sqlite;

namespace CrossCheck.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL or connection string, else a SQLite
/// file path (default <c>crosscheck.db</c> in the working directory).</summary>
public static class ArticleStores
{
    public static async Task<IArticleStore> OpenAsync(string? location, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (location is not null && PostgresConnectionString.LooksLikePostgres(location))
        {
            return await PostgresArticleStore.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
        }

        return await SqliteArticleStore.OpenAsync(location ?? SqliteArticleStore.DefaultFileName, time, cancellationToken).ConfigureAwait(false);
    }
}
