namespace CrossCheck.Storage.Postgres;

/// <summary>Opens PostgreSQL for a <c>postgres://</c> URL or an Npgsql connection string.</summary>
internal sealed class PostgresStoreProvider : IArticleStoreProvider
{
    public static PostgresStoreProvider Instance { get; } = new();

    public bool Accepts(string? location) => location is not null && PostgresConnectionString.LooksLikePostgres(location);

    public async Task<IArticleStore> OpenAsync(string? location, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await PostgresArticleStore.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
    }
}
