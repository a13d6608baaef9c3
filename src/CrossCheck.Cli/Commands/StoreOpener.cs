using CrossCheck.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Cli.Commands;

/// <summary>Opens the article store named by <c>--db</c>, turning failures into one line on stderr.</summary>
internal static class StoreOpener
{
    public static async Task<SqliteArticleStore?> OpenAsync(CliContext context, string path)
    {
        try
        {
            return await SqliteArticleStore.OpenAsync(path, context.Time).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            context.Error.WriteLine($"crosscheck: {path}: cannot open the article store ({ex.Message})");
            return null;
        }
    }
}
