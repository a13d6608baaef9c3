using System.CommandLine;
using CrossCheck.Storage.Sqlite;

namespace CrossCheck.Cli.Commands;

/// <summary>The <c>--db</c> option shared by the commands that use the article store.</summary>
internal static class DbOption
{
    public static Option<string?> Create(bool required) => new("--db")
    {
        Description = required
            ? $"The SQLite article store (default: {SqliteArticleStore.DefaultFileName} in the working directory)"
            : "Also read articles from this SQLite article store",
        DefaultValueFactory = required ? _ => SqliteArticleStore.DefaultFileName : null,
    };
}
