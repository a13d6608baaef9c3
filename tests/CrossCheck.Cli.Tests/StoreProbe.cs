using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CrossCheck.Cli.Tests;

/// <summary>Reads a store file directly, as an outside observer, to check its integrity.</summary>
internal static class StoreProbe
{
    public static long Scalar(string dbPath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string Text(string dbPath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public static long Articles(string dbPath) => Scalar(dbPath, "SELECT COUNT(*) FROM articles");
}
