namespace CrossCheck.Storage;

/// <summary>Opens one kind of article store. Each provider assembly (CrossCheck.Storage.Sqlite,
/// CrossCheck.Storage.Postgres) supplies one, so the core holds no database driver.</summary>
internal interface IArticleStoreProvider
{
    /// <summary>Whether this provider opens the store that <paramref name="location"/> (a <c>--db</c> value, or
    /// null for the default) names.</summary>
    bool Accepts(string? location);

    Task<IArticleStore> OpenAsync(string? location, TimeProvider time, CancellationToken cancellationToken);
}
