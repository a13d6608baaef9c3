using System.Data.Common;

namespace CrossCheck.Storage;

/// <summary>The ADO.NET plumbing both stores share: binding named parameters and reading a first row.</summary>
internal static class DbCommands
{
    public static void Bind(DbCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>The first row's values, or null when there is none.</summary>
    public static async Task<object[]?> FirstRowAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
