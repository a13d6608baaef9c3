using Microsoft.Data.Sqlite;

namespace CrossCheck.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The first row's values, or null when there is none.</summary>
    private async Task<object[]?> FirstRowAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        return await DbCommands.FirstRowAsync(command, ct).ConfigureAwait(false);
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters) => DbCommands.Bind(command, parameters);

    private async Task<T> LockedAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
