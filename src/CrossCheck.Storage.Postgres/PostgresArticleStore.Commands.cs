using Npgsql;

namespace CrossCheck.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Bind(command, parameters);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The first row's values, or null when there is none.</summary>
    private static async Task<object[]?> FirstRowAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Bind(command, parameters);
        return await DbCommands.FirstRowAsync(command, ct).ConfigureAwait(false);
    }

    private static void Bind(NpgsqlCommand command, (string Name, object? Value)[] parameters) => DbCommands.Bind(command, parameters);
}
