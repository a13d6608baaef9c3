using CrossCheck.Text.Embeddings;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

/// <summary>The sentence vectors (decision 150), on a connection of their own: lookups come synchronously from the
/// pipeline's workers while the article connection serves the async callers, and vectors are a cache that can be
/// recomputed, so their writes skip the fsync the articles need (<c>synchronous = NORMAL</c>: still safe against a
/// killed process, which is what WAL promises with it). A rowid table: a 1.5 KB vector fits in a table leaf, not in
/// an index leaf.</summary>
internal sealed partial class SqliteArticleStore
{
    private readonly SqliteConnection _vectors;
    private readonly Lock _vectorLock = new();

    public IReadOnlyDictionary<SentenceKey, float[]> FindVectors(string model, IReadOnlyCollection<SentenceKey> keys)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<SentenceKey, float[]>(keys.Count);
        if (keys.Count == 0)
        {
            return found;
        }

        lock (_vectorLock)
        {
            using var transaction = _vectors.BeginTransaction(deferred: true);
            using var command = _vectors.CreateCommand();
            command.CommandText = "SELECT vector FROM sentence_vectors WHERE model = $m AND sentence_key = $k";
            command.Parameters.AddWithValue("$m", model);
            var key = command.Parameters.Add("$k", SqliteType.Blob);
            foreach (var k in keys)
            {
                key.Value = k.ToBytes();
                using var reader = command.ExecuteReader();
                if (reader.Read() && SentenceVectorCodec.Decode((byte[])reader.GetValue(0)) is { } vector)
                {
                    found[k] = vector;
                }
            }

            transaction.Commit();
        }

        return found;
    }

    public void SaveVectors(string model, IReadOnlyCollection<KeyValuePair<SentenceKey, float[]>> vectors)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        lock (_vectorLock)
        {
            using var transaction = _vectors.BeginTransaction();
            using var command = _vectors.CreateCommand();
            command.CommandText = """
                INSERT INTO sentence_vectors (model, sentence_key, vector) VALUES ($m, $k, $v)
                ON CONFLICT (model, sentence_key) DO UPDATE SET vector = excluded.vector
                """;
            command.Parameters.AddWithValue("$m", model);
            var key = command.Parameters.Add("$k", SqliteType.Blob);
            var value = command.Parameters.Add("$v", SqliteType.Blob);
            foreach (var (k, vector) in vectors)
            {
                key.Value = k.ToBytes();
                value.Value = SentenceVectorCodec.Encode(vector);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static async Task<SqliteConnection> OpenVectorConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
