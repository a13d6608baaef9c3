using CrossCheck.Storage;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Tests.Storage;

public sealed class SqliteArticleStoreTests : ArticleStoreContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    private string DbPath => Path.Combine(_dir.Path, "test.db");

    public void Dispose() => _dir.Dispose();

    private protected override async Task<IArticleStore> CreateStoreAsync() => await SqliteArticleStore.OpenAsync(DbPath, Time);

    [Fact]
    public async Task Opens_in_wal_mode_and_applies_each_migration_once()
    {
        await (await CreateStoreAsync()).DisposeAsync();
        await using (var again = await CreateStoreAsync())
        {
            var (document, article) = Make("x", "Some text.");
            await again.AddAsync(document, article);
        }

        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal("1,2,3", Scalar(connection, "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
