using CrossCheck.Text.Embeddings;
using Npgsql;
using NpgsqlTypes;

namespace CrossCheck.Storage.Postgres;

/// <summary>The sentence vectors (decision 150): one query per lookup (<c>= ANY</c> over the keys) and one statement
/// per save (<c>unnest</c> of the keys and vectors), through Npgsql's synchronous API (decision 151).</summary>
internal sealed partial class PostgresArticleStore
{
    public IReadOnlyDictionary<SentenceKey, float[]> FindVectors(string model, IReadOnlyCollection<SentenceKey> keys)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<SentenceKey, float[]>(keys.Count);
        if (keys.Count == 0)
        {
            return found;
        }

        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT sentence_key, vector FROM sentence_vectors WHERE model = @m AND sentence_key = ANY(@k)", connection);
        command.Parameters.AddWithValue("m", model);
        command.Parameters.AddWithValue("k", NpgsqlDbType.Array | NpgsqlDbType.Bytea, keys.Select(k => k.ToBytes()).ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetFieldValue<byte[]>(0);
            if (key.Length == SentenceKey.Length && SentenceVectorCodec.Decode(reader.GetFieldValue<byte[]>(1)) is { } vector)
            {
                found[SentenceKey.FromBytes(key)] = vector;
            }
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

        // One row per key: a statement may not update the same row twice.
        var rows = vectors.DistinctBy(v => v.Key).ToList();
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("""
            INSERT INTO sentence_vectors (model, sentence_key, vector)
            SELECT @m, k, v FROM unnest(@k, @v) AS t(k, v)
            ON CONFLICT (model, sentence_key) DO UPDATE SET vector = excluded.vector
            """, connection);
        command.Parameters.AddWithValue("m", model);
        command.Parameters.AddWithValue("k", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(v => v.Key.ToBytes()).ToArray());
        command.Parameters.AddWithValue("v", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(v => SentenceVectorCodec.Encode(v.Value)).ToArray());
        command.ExecuteNonQuery();
    }
}
