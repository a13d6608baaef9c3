using CrossCheck.Storage;
using CrossCheck.Storage.Postgres;
using Npgsql;

namespace CrossCheck.Tests.Storage;

/// <summary>The store contract against a real PostgreSQL server, which ./scripts/test starts and names in
/// CROSSCHECK_TEST_POSTGRES. Each test gets a fresh schema.</summary>
public sealed class PostgresArticleStoreTests : ArticleStoreContract, IAsyncLifetime
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CROSSCHECK_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CROSSCHECK_TEST_POSTGRES is not set: run the tests with ./scripts/test, which starts PostgreSQL");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private protected override async Task<IArticleStore> CreateStoreAsync() => await PostgresArticleStore.OpenAsync(ConnectionString, Time);

    [Theory]
    [InlineData("postgres://crosscheck:s%40cret@db.example:6543/news", "db.example", 6543, "news", "crosscheck", "s@cret")]
    [InlineData("postgresql://reader@localhost/stories", "localhost", 5432, "stories", "reader", null)]
    public void Postgres_urls_become_connection_strings(string url, string host, int port, string database, string user, string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(url));

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }
}
