using CrossCheck.Text;

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
    // Keyed by (smaller id, larger id): a long packing both would hash to x ^ y, which collides heavily for
    // the small ids a story hands out.
    private readonly Dictionary<(int, int), double> _cacheById = [];
    private readonly Dictionary<(int, int), double> _cacheByUnitId = [];

    public double Similarity(AlignmentUnit a, AlignmentUnit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Id < 0 || b.Id < 0)
        {
            return Uncached(a, b);
        }

        if (a.Id == b.Id)
        {
            return 1.0;
        }

        var key = PairKey(a.Id, b.Id);
        if (!_cacheByUnitId.TryGetValue(key, out var score))
        {
            score = Uncached(a, b);
            _cacheByUnitId[key] = score;
        }

        return score;
    }

    private static (int, int) PairKey(int x, int y) => x < y ? (x, y) : (y, x);

    private readonly Dictionary<(string, string), bool> _opposites = [];

    /// <summary>True when two words have opposite meanings ("rose"/"fell", "won"/"lost"): the lexicon's antonyms.</summary>
    public bool AreOpposites(AlignmentUnit a, AlignmentUnit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Kind != UnitKind.Word || b.Kind != UnitKind.Word || string.Equals(a.Key, b.Key, StringComparison.Ordinal)
            || HasDigit(a.Key) || HasDigit(b.Key))
        {
            return false;
        }

        var key = string.CompareOrdinal(a.Key, b.Key) < 0 ? (a.Key, b.Key) : (b.Key, a.Key);
        if (!_opposites.TryGetValue(key, out var opposite))
        {
            opposite = lexicon.AreOpposites(a.Key, b.Key);
            _opposites[key] = opposite;
        }

        return opposite;
    }

    private double Uncached(AlignmentUnit a, AlignmentUnit b)
    {
        var score = (a.Kind, b.Kind) switch
        {
            (UnitKind.Word, UnitKind.Word) => WordSimilarity(a, b),
            (UnitKind.Entity, UnitKind.Entity) => EntitySimilarity(a, b),
            (UnitKind.Entity, UnitKind.Word) => EntityWordSimilarity(a, b),
            (UnitKind.Word, UnitKind.Entity) => EntityWordSimilarity(b, a),
            (UnitKind.Quantity, UnitKind.Quantity) => QuantityComparer.Compatible(a.Quantity!, b.Quantity!) == true ? 1.0 : 0.0,
            (UnitKind.Date, UnitKind.Date) => DateSimilarity(a.Key, b.Key),
            _ => 0.0,
        };
        return score >= MinimumScore ? score : 0.0;
    }

    /// <summary>Equal dates align fully; a date inside a coarser one ("Monday" in "this week", "September" in
    /// "this year") aligns by half at most: the coarse one is consistent with it but does not state it.</summary>
    private static double DateSimilarity(string a, string b)
    {
        var agreement = TimexInterval.Agreement(a, b);
        return agreement >= EqualDates ? 1.0 : agreement > 0 ? ContainedDate : 0.0;
    }

    /// <summary>Spans this close are the same date (a week and its seven days, rounding of month lengths).</summary>
    private const double EqualDates = 0.95;

    public const double ContainedDate = 0.5;

    private double WordSimilarity(AlignmentUnit a, AlignmentUnit b)
    {
        if (a.LemmaId < 0 || b.LemmaId < 0)
        {
            return WordSimilarity(a.Key, b.Key);
        }

        if (a.LemmaId == b.LemmaId)
        {
            return 1.0;
        }

        var key = PairKey(a.LemmaId, b.LemmaId);
        if (!_cacheById.TryGetValue(key, out var score))
        {
            score = Uncached(a.Key, b.Key);
            _cacheById[key] = score;
        }

        return score;
    }

    public double WordSimilarity(string lemmaA, string lemmaB)
    {
        if (string.Equals(lemmaA, lemmaB, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var key = string.CompareOrdinal(lemmaA, lemmaB) < 0 ? (lemmaA, lemmaB) : (lemmaB, lemmaA);
        if (!_cache.TryGetValue(key, out var score))
        {
            score = Uncached(lemmaA, lemmaB);
            _cache[key] = score;
        }

        return score;
    }

    /// <summary>True when a dominant noun sense of the word denotes a person ("manager", "officer", "minister").</summary>
    public bool IsPersonNoun(string word) => lexicon.IsPersonNoun(word);

    /// <summary>One counted noun names people in general ("people", <see cref="EventWords.GeneralPeopleNouns"/>) and the
    /// other, as the text spells it, a plural of a kind of person ("workers", "crewmen"): WordNet relates the two words
    /// nowhere.</summary>
    public bool GeneralAndKindOfPeople(string countedA, string countedB)
    {
        ArgumentNullException.ThrowIfNull(countedA);
        ArgumentNullException.ThrowIfNull(countedB);
        var generalA = EventWords.GeneralPeopleNouns.Contains(countedA);
        if (generalA == EventWords.GeneralPeopleNouns.Contains(countedB))
        {
            return false;
        }

        var kind = generalA ? countedB : countedA;
        var lemma = lexicon.Lemma(kind);
        return !string.Equals(lemma, kind, StringComparison.Ordinal) && lexicon.IsPersonNoun(lemma);
    }

    /// <summary>Numerals and codes are never synonyms of anything: the lexicon is not asked about them.</summary>
    private double Uncached(string lemmaA, string lemmaB)
    {
        var stem = SharesStem(lemmaA, lemmaB) ? StemScore : 0.0;
        if (HasDigit(lemmaA) || HasDigit(lemmaB))
        {
            return stem;
        }

        return Math.Max(Math.Clamp(lexicon.Relatedness(lemmaA, lemmaB), 0.0, 1.0) * SynonymScore, stem);
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
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
        if (a.Key.StartsWith("n:", StringComparison.Ordinal) && b.Key.StartsWith("n:", StringComparison.Ordinal)
            && string.Equals(LastWord(a.Surface), LastWord(b.Surface), StringComparison.Ordinal))
        {
            return SynonymScore;
        }

        return SameNameButNumber(Words(a), Words(b)) ? EntityWordScore : 0.0;
    }

    /// <summary>"Western Balkan" / "the Western Balkans": the same words but for the inflection of the last one
    /// (the resolver kept them apart, the text does not).</summary>
    private static bool SameNameButNumber(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var x = a.Where(w => !FunctionWords.IsUncheckable(w)).ToList();
        var y = b.Where(w => !FunctionWords.IsUncheckable(w)).ToList();
        return x.Count > 0 && x.Count == y.Count
            && x.Take(x.Count - 1).SequenceEqual(y.Take(y.Count - 1), StringComparer.Ordinal)
            && (string.Equals(x[^1].TrimEnd('s'), y[^1].TrimEnd('s'), StringComparison.Ordinal));
    }

    /// <summary>A word naming an entity the other text tagged ("Serbian" beside "Serbia"), or a common noun
    /// related to the entity's head word ("organisation" beside "the Alliance").</summary>
    private double EntityWordSimilarity(AlignmentUnit entity, AlignmentUnit word)
    {
        var words = Words(entity);
        foreach (var name in words)
        {
            if (string.Equals(name, word.Key, StringComparison.Ordinal) || SharesStem(name, word.Key))
            {
                return EntityWordScore;
            }
        }

        var head = words.LastOrDefault(w => !FunctionWords.IsUncheckable(w));
        return head is null ? 0.0 : Math.Min(WordSimilarity(head, word.Key), EntityWordScore);
    }

    private static IReadOnlyList<string> Words(AlignmentUnit entity) =>
        entity.SurfaceWords ?? entity.Surface.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string LastWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? "";
}
