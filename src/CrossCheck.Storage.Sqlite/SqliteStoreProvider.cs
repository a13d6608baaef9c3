namespace CrossCheck.Storage.Sqlite;

/// <summary>Opens a SQLite file: accepts any location (the fallback after the other providers), the default being
/// <see cref="SqliteArticleStore.DefaultFileName"/> in the working directory.</summary>
internal sealed class SqliteStoreProvider : IArticleStoreProvider
{
    public static SqliteStoreProvider Instance { get; } = new();

    public bool Accepts(string? location) => true;

    public async Task<IArticleStore> OpenAsync(string? location, TimeProvider time, CancellationToken cancellationToken) =>
        await SqliteArticleStore.OpenAsync(location ?? SqliteArticleStore.DefaultFileName, time, cancellationToken).ConfigureAwait(false);
}
