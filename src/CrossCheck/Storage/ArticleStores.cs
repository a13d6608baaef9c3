namespace CrossCheck.Storage;

/// <summary>Opens the store a <c>--db</c> value names with the first of the given providers that accepts it: with
/// PostgreSQL before SQLite, a PostgreSQL URL or connection string, else a SQLite file path (default
/// <c>crosscheck.db</c> in the working directory).</summary>
public static class ArticleStores
{
    internal static async Task<IArticleStore> OpenAsync(
        string? location, TimeProvider time, IReadOnlyList<IArticleStoreProvider> providers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var provider = providers.FirstOrDefault(p => p.Accepts(location))
            ?? throw new ArgumentException($"no article store provider accepts '{location}'", nameof(location));
        return await provider.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
    }
}
