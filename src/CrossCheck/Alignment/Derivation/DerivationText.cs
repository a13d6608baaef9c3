using CrossCheck.Analysis;
using CrossCheck.Clustering.Features;
using CrossCheck.Text;

namespace CrossCheck.Alignment.Derivation;

/// <summary>An article as the rewrite detector reads it: its claims in text order (the units of the sentence
/// alignment), each with its sentence vector, its content words (numbered across the story, light-stemmed, sorted),
/// a weight (how many distinct content words it has) and whether it is mostly a direct quotation.</summary>
internal sealed class DerivationText
{
    private DerivationText(string articleId, float[][] vectors, int[][] words, bool[] quoted)
    {
        ArticleId = articleId;
        Vectors = vectors;
        Words = words;
        Quoted = quoted;
        Adjacent = new float[Math.Max(0, vectors.Length - 1)];
        for (var i = 0; i + 1 < vectors.Length; i++)
        {
            Adjacent[i] = UnitVectors.Dot(vectors[i], vectors[i + 1]);
        }

        Centre = UnitVectors.Mean(vectors);
    }

    public string ArticleId { get; }

    public int Count => Vectors.Length;

    public float[][] Vectors { get; }

    /// <summary>Each unit's distinct content-word numbers, ascending.</summary>
    public int[][] Words { get; }

    public bool[] Quoted { get; }

    /// <summary>Cosine of each unit with the next one (for merging two units into one).</summary>
    public float[] Adjacent { get; }

    /// <summary>The normalised mean of the unit vectors.</summary>
    public float[] Centre { get; }

    public int Weight(int unit) => Math.Max(1, Words[unit].Length);

    /// <summary>Reads <paramref name="article"/>'s claims; <paramref name="numbers"/> numbers words across the story.</summary>
    public static DerivationText From(AnalysedArticle article, Dictionary<string, int> numbers, DerivationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(thresholds);
        var claims = article.Claims;
        var vectors = article.ClaimVectors;
        var words = new int[claims.Count][];
        var quoted = new bool[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            words[c] = ContentWords(article, claim.Start, claim.End, numbers);
            quoted[c] = QuotedShare(article, claim.Start, claim.End) > thresholds.QuotedShare;
        }

        return new DerivationText(article.Article.Id, [.. vectors], words, quoted);
    }

    /// <summary>A text made of given units (tests and benchmarks).</summary>
    internal static DerivationText Of(string articleId, float[][] vectors, int[][] words, bool[]? quoted = null) =>
        new(articleId, vectors, [.. words.Select(w => w.Distinct().Order().ToArray())], quoted ?? new bool[vectors.Length]);

    private static int[] ContentWords(AnalysedArticle article, int start, int end, Dictionary<string, int> numbers)
    {
        var found = new SortedSet<int>();
        Span<char> buffer = stackalloc char[64];
        foreach (var token in article.Reading.Tokens.Within(start, end))
        {
            if (token.Kind == TokenKind.Punctuation || token.Text.Length > buffer.Length)
            {
                continue;
            }

            var word = buffer[..token.Text.Length];
            token.Text.AsSpan().ToLowerInvariant(word);
            var lower = new string(word);
            if (FunctionWords.IsUncheckable(lower))
            {
                continue;
            }

            var stem = new string(word[..LightStemmer.Stem(word)]);
            if (!numbers.TryGetValue(stem, out var number))
            {
                number = numbers.Count;
                numbers[stem] = number;
            }

            found.Add(number);
        }

        return [.. found];
    }

    private static double QuotedShare(AnalysedArticle article, int start, int end)
    {
        if (end <= start)
        {
            return 0;
        }

        var inside = 0;
        foreach (var quote in article.Quotes)
        {
            inside += Math.Max(0, Math.Min(end, quote.End) - Math.Max(start, quote.Start));
        }

        return (double)inside / (end - start);
    }
}
