using System.Data.Common;
using System.Net.Sockets;
using CrossCheck.Storage;
using CrossCheck.Storage.Postgres;
using CrossCheck.Storage.Sqlite;

namespace CrossCheck.Cli.Commands;

/// <summary>Opens the article store named by <c>--db</c> (a SQLite file, or PostgreSQL by URL or connection
/// string), turning failures into one line on stderr.</summary>
internal static class StoreOpener
{
    /// <summary>The providers the CLI offers, in the order they are asked: PostgreSQL, else a SQLite file.</summary>
    private static readonly IArticleStoreProvider[] Providers = [PostgresStoreProvider.Instance, SqliteStoreProvider.Instance];

    public static async Task<IArticleStore?> OpenAsync(CliContext context, string location, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ArticleStores.OpenAsync(location, context.Time, Providers, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or SocketException or ArgumentException or TimeoutException)
        {
            context.Error.WriteLine($"crosscheck: {Redacted(location)}: cannot open the article store ({ex.Message})");
            return null;
        }
    }

    /// <summary>The location without a password, for messages.</summary>
    private static string Redacted(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? location.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : location;
}
