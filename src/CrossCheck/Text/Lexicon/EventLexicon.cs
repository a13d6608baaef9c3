using System.Collections.Concurrent;

namespace CrossCheck.Text;

/// <summary>The outcome slot and date slot a word evokes (<see cref="EventWords"/> seeds widened by
/// <see cref="Lexicon.Evokes"/>), cached per word form: stories share their vocabulary.</summary>
internal sealed class EventLexicon(Lexicon lexicon)
{
    public static EventLexicon Default { get; } = new(Lexicon.Default);

    private readonly ConcurrentDictionary<string, (OutcomeSlot Outcome, DateSlot Date)> _cache = new(StringComparer.Ordinal);

    /// <summary>Entries kept before the cache is cleared (a long-running server reads an open vocabulary).</summary>
    private const int MaxCached = 1 << 17;

    /// <summary>Date seeds are general verbs ("end", "begin", "close") that many verbs reach through a minor
    /// sense: only a word's first two senses are tried.</summary>
    public const int DateWordSenses = 2;

    public OutcomeSlot Outcome(string word) => Lookup(word).Outcome;

    public DateSlot DateSlotOf(string word) => Lookup(word).Date;

    /// <summary>The outcome two words name together ("lives" ... "lost"), either order, or None.</summary>
    public OutcomeSlot Phrase(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        foreach (var (slot, noun, verb) in EventWords.OutcomePhrases)
        {
            if ((IsForm(first, noun, PartOfSpeech.Noun) && IsForm(second, verb, PartOfSpeech.Verb))
                || (IsForm(second, noun, PartOfSpeech.Noun) && IsForm(first, verb, PartOfSpeech.Verb)))
            {
                return slot;
            }
        }

        return OutcomeSlot.None;
    }

    /// <summary>Whether a noun is the noun of an outcome phrase (<see cref="EventWords.OutcomePhrases"/>: "lives" of
    /// "claimed two lives"): a count of it counts the outcome itself, as "two deaths" does.</summary>
    public bool IsPhraseNoun(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        return EventWords.OutcomePhrases.Any(phrase => IsForm(lower, phrase.Noun, PartOfSpeech.Noun));
    }

    private bool IsForm(string word, string lemma, PartOfSpeech pos) =>
        lexicon.BaseForms(word, pos).Contains(lemma, StringComparer.Ordinal);

    private (OutcomeSlot Outcome, DateSlot Date) Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = word.ToLowerInvariant();
        if (_cache.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        var found = (Find(key), FindDate(key));
        _cache[key] = found;
        return found;
    }

    private OutcomeSlot Find(string word)
    {
        if (EventWords.ExactOutcomes.TryGetValue(word, out var exact))
        {
            return exact;
        }

        // A seed word is its own slot before any other's relative ("casualty" is not read as "the dead").
        foreach (var (slot, lemma, pos) in EventWords.OutcomeSeeds)
        {
            if (string.Equals(word, lemma, StringComparison.Ordinal) || IsForm(word, lemma, pos))
            {
                return slot;
            }
        }

        foreach (var (slot, lemma, pos) in EventWords.OutcomeSeeds)
        {
            if (lexicon.Evokes(word, lemma, pos))
            {
                return slot;
            }
        }

        return OutcomeSlot.None;
    }

    private DateSlot FindDate(string word)
    {
        foreach (var (slot, lemma) in EventWords.DateSeeds)
        {
            if (lexicon.Evokes(word, lemma, PartOfSpeech.Verb, DateWordSenses))
            {
                return slot;
            }
        }

        return DateSlot.None;
    }
}
