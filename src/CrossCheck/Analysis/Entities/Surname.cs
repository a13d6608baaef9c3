namespace CrossCheck.Analysis.Entities;

/// <summary>The word later text uses for a person named in full: the last name ("Rama" for "Edi Rama"), or
/// the name before a closing one-letter initial ("Rusdi" for "Rusdi A", as Indonesian names are written).</summary>
internal static class Surname
{
    public static string Of(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count > 1 && IsInitial(tokens[^1]) ? tokens[^2] : tokens[^1];
    }

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Of(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsInitial(string token) => token.Length == 1 && char.IsLetter(token[0]);
}
