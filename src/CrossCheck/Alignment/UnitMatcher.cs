namespace CrossCheck.Alignment;

/// <summary>How similar two units are, in [0, 1] (Sultan et al. 2014's lexical evidence): identical words and
/// lemmas 1, the same entity 1, synonyms and related senses from the lexicon graded below that, words sharing
/// a long stem ("infiltration"/"infiltrating") 0.7, compatible quantities and dates 1. Lexicon answers are
/// cached per lemma pair, so a story asks the lexicon once per pair.</summary>
internal sealed class UnitMatcher(IWordRelatedness lexicon)
{
    /// <summary>Synonyms score a little below identity so that an identical word wins a tie.</summary>
    public const double SynonymScore = 0.9;

    public const double StemScore = 0.7;

    /// <summary>A word that names an entity the other text tagged ("Serbian" beside the entity "Serbia").</summary>
    public const double EntityWordScore = 0.8;

    /// <summary>Pairs below this are not aligned: weak relatedness is noise at sentence level.</summary>
    public const double MinimumScore = 0.3;

    private readonly Dictionary<(string, string), double> _cache = [];

    public double Similarity(AlignmentUnit a, AlignmentUnit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var score = (a.Kind, b.Kind) switch
        {
            (UnitKind.Word, UnitKind.Word) => WordSimilarity(a.Key, b.Key),
            (UnitKind.Entity, UnitKind.Entity) => EntitySimilarity(a, b),
            (UnitKind.Entity, UnitKind.Word) => EntityWordSimilarity(a, b.Key),
            (UnitKind.Word, UnitKind.Entity) => EntityWordSimilarity(b, a.Key),
            (UnitKind.Quantity, UnitKind.Quantity) => QuantityComparer.Compatible(a.Quantity!, b.Quantity!) == true ? 1.0 : 0.0,
            (UnitKind.Date, UnitKind.Date) => TimexInterval.Compatible(a.Key, b.Key) == true ? 1.0 : 0.0,
            _ => 0.0,
        };
        return score >= MinimumScore ? score : 0.0;
    }

    public double WordSimilarity(string lemmaA, string lemmaB)
    {
        if (string.Equals(lemmaA, lemmaB, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var key = string.CompareOrdinal(lemmaA, lemmaB) < 0 ? (lemmaA, lemmaB) : (lemmaB, lemmaA);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var related = Math.Clamp(lexicon.Relatedness(lemmaA, lemmaB), 0.0, 1.0) * SynonymScore;
        var score = Math.Max(related, SharesStem(lemmaA, lemmaB) ? StemScore : 0.0);
        _cache[key] = score;
        return score;
    }

    /// <summary>A common prefix of at least 5 letters covering three quarters of the shorter word: a cheap
    /// derivational match for when the lexicon has no link ("peacekeeper"/"peacekeeping").</summary>
    public static bool SharesStem(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5)
        {
            return false;
        }

        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= 0.75 * shorter && char.IsLetter(a[0]);
    }

    private static double EntitySimilarity(AlignmentUnit a, AlignmentUnit b)
    {
        if (string.Equals(a.Key, b.Key, StringComparison.Ordinal))
        {
            return 1.0;
        }

        // Unresolved mentions ("n:" keys) of the same surname or head word ("Rama" / "Edi Rama").
        return a.Key.StartsWith("n:", StringComparison.Ordinal) && b.Key.StartsWith("n:", StringComparison.Ordinal)
            && string.Equals(LastWord(a.Surface), LastWord(b.Surface), StringComparison.Ordinal)
            ? SynonymScore
            : 0.0;
    }

    private static double EntityWordSimilarity(AlignmentUnit entity, string lemma) =>
        entity.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Any(w => string.Equals(w, lemma, StringComparison.Ordinal) || SharesStem(w, lemma))
            ? EntityWordScore
            : 0.0;

    private static string LastWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? "";
}
