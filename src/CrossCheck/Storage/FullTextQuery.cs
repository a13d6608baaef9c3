namespace CrossCheck.Storage;

/// <summary>Turns user words into a safe full-text query: each word quoted, all required.</summary>
internal static class FullTextQuery
{
    public static string? Quote(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var terms = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return string.Join(' ', terms);
    }
}
