using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The English stop word list embedded beside the lexicon (Snowball's list; see stopwords-en.txt).</summary>
internal static class StopWords
{
    public const string ResourceName = "CrossCheck.Lexicon.stopwords-en.txt";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static FrozenSet<string> Set => Words.Value;

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Stop word resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
