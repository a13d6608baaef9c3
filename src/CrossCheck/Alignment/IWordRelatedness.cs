using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The lexical knowledge the aligner needs. <see cref="LexiconRelatedness"/> wraps
/// <see cref="Lexicon.Default"/>; tests may supply a small hand-built one.</summary>
internal interface IWordRelatedness
{
    string Lemma(string word);

    bool IsStopWord(string word);

    /// <summary>Graded relatedness of two lemmas in [0, 1] (1 identical or synonyms).</summary>
    double Relatedness(string lemmaA, string lemmaB);

    /// <summary>How much a content word says, as a factor on its IDF weight: 1 for nouns and verbs, less for
    /// modifiers ("various", "currently"), which add detail rather than the fact itself.</summary>
    double Informativeness(string word) => 1.0;

    /// <summary>True when the two lemmas have opposite meanings ("increase"/"decrease", "win"/"lose").</summary>
    bool AreOpposites(string lemmaA, string lemmaB) => false;

    /// <summary>True when a dominant noun sense of the lemma denotes a person ("worker", "rider", "passenger").</summary>
    bool IsPersonNoun(string lemma) => false;
}

/// <summary>The default lexical knowledge: the WordNet-derived <see cref="Lexicon"/>.</summary>
internal sealed class LexiconRelatedness(Lexicon lexicon) : IWordRelatedness
{
    public static LexiconRelatedness Default { get; } = new(Lexicon.Default);

    public string Lemma(string word) => lexicon.Lemma(word);

    public bool IsStopWord(string word) => lexicon.IsStopWord(word);

    // Stories are aligned in parallel and share most of their vocabulary: one answer per lemma pair serves all.
    private readonly BoundedCache<(string, string), double> _relatedness = new(1 << 20);

    public double Relatedness(string lemmaA, string lemmaB)
    {
        ArgumentNullException.ThrowIfNull(lemmaA);
        ArgumentNullException.ThrowIfNull(lemmaB);
        var key = string.CompareOrdinal(lemmaA, lemmaB) <= 0 ? (lemmaA, lemmaB) : (lemmaB, lemmaA);

        // Lexicon.Relatedness already answers 1 for synonyms (a shared synset or lemma).
        return _relatedness.GetOrAdd(key, pair => lexicon.Relatedness(pair.Item1, pair.Item2));
    }

    private readonly BoundedCache<(string, string), bool> _opposites = new(1 << 18);

    public bool AreOpposites(string lemmaA, string lemmaB)
    {
        ArgumentNullException.ThrowIfNull(lemmaA);
        ArgumentNullException.ThrowIfNull(lemmaB);
        var key = string.CompareOrdinal(lemmaA, lemmaB) <= 0 ? (lemmaA, lemmaB) : (lemmaB, lemmaA);
        return _opposites.GetOrAdd(key, pair => lexicon.AreAntonyms(pair.Item1, pair.Item2));
    }

    private readonly BoundedCache<string, bool> _persons = new(1 << 16);

    public bool IsPersonNoun(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        return _persons.GetOrAdd(lemma, lexicon.IsPersonNoun);
    }

    /// <summary>Words WordNet mostly reads as adjectives or adverbs weigh half.</summary>
    public double Informativeness(string word) =>
        lexicon.MostFrequentPartOfSpeech(word) is PartOfSpeech.Adjective or PartOfSpeech.Adverb ? ModifierWeight : 1.0;

    public const double ModifierWeight = 0.5;
}
