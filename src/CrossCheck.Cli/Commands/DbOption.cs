using System.CommandLine;
using CrossCheck.Storage.Sqlite;

namespace CrossCheck.Cli.Commands;

/// <summary>The <c>--db</c> option shared by the commands that use the article store.</summary>
internal static class DbOption
{
    public static Option<string?> Create(bool required) => new("--db")
    {
        Description = required
            ? $"The article store: a SQLite file (default {SqliteArticleStore.DefaultFileName} in the working directory) or PostgreSQL (postgres://user:pass@host/db or a connection string)"
            : "Also read articles from this article store (SQLite file or PostgreSQL URL)",
        DefaultValueFactory = required ? _ => SqliteArticleStore.DefaultFileName : null,
    };
}
