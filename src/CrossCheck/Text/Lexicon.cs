namespace CrossCheck.Text;

/// <summary>Lexical knowledge derived from WordNet 3.0: lemmas (WordNet's morphy), parts of speech, synonyms,
/// graded relatedness, lexicographer files (semantic classes such as verb.communication) and stop words.</summary>
/// <remarks>The data (embedded resource, built by scripts/build-lexicon) loads on first use; afterwards every
/// member is thread-safe and allocates little. Words may be passed in any case and inflected: each member
/// considers the word's own form and its WordNet base forms.</remarks>
internal sealed partial class Lexicon
{
    private readonly Lazy<WordNetData> _data;

    internal Lexicon(Func<WordNetData> load)
    {
        _data = new Lazy<WordNetData>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The lexicon built from the embedded WordNet data.</summary>
    public static Lexicon Default { get; } = new(WordNetDataReader.LoadEmbedded);

    /// <summary>True once the WordNet data has been loaded (it loads on first use).</summary>
    public bool IsLoaded => _data.IsValueCreated;

    internal WordNetData Data => _data.Value;

    /// <summary>Loads the data now, e.g. at start-up, so that the first real lookup is not the slow one.</summary>
    public void EnsureLoaded() => _ = _data.Value;

    /// <summary>The lower-case base form of a word ("urged" → "urge", "troops" → "troop", "Rama's" → "rama").
    /// Words WordNet does not know are lower-cased and regular plurals undone.</summary>
    public string Lemma(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalised = WordForms.Normalise(word);
        if (StopWords.Set.Contains(normalised))
        {
            return StopWordLemma(normalised);
        }

        var readings = WordForms.ScratchA;
        WordForms.AddReadings(Data, normalised, readings);
        return LemmaChooser.Choose(Data, normalised, readings);
    }

    /// <summary>The base form of a word used as <paramref name="pos"/> (WordNet's first morphy result), or the
    /// lower-cased word when WordNet has no such reading.</summary>
    public string Lemma(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalised = WordForms.Normalise(word);
        var readings = WordForms.ScratchA;
        if (normalised.Length <= WordForms.MaxWordLength)
        {
            Morphy.AddBaseForms(Data, normalised, pos, readings);
        }

        return readings.Count == 0 ? normalised : Data.Lemmas[readings[0].LemmaId];
    }

    /// <summary>Every WordNet base form of the word as <paramref name="pos"/> ("saw" as a verb: "see", "saw").</summary>
    public IReadOnlyList<string> BaseForms(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalised = WordForms.Normalise(word);
        var readings = WordForms.ScratchA;
        if (normalised.Length <= WordForms.MaxWordLength)
        {
            Morphy.AddBaseForms(Data, normalised, pos, readings);
        }

        return readings.Select(r => Data.Lemmas[r.LemmaId]).ToArray();
    }

    /// <summary>True for function words of the embedded English stop list ("the", "of", "was", "not").</summary>
    public bool IsStopWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return StopWords.Set.Contains(WordForms.Normalise(word));
    }

    /// <summary>True when WordNet knows the word (in any part of speech, after undoing inflection).</summary>
    public bool IsKnown(string word) => PartsOfSpeech(word) != PartOfSpeechSet.None;

    /// <summary>The parts of speech the word form can have according to WordNet ("deployed": verb, adjective).
    /// Function words are not in WordNet and give <see cref="PartOfSpeechSet.None"/>.</summary>
    public PartOfSpeechSet PartsOfSpeech(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var readings = Readings(word, WordForms.ScratchA);
        var set = PartOfSpeechSet.None;
        foreach (var (_, pos) in readings)
        {
            set |= pos.AsSet();
        }

        return set;
    }

    /// <summary>The part of speech the word form most often has in WordNet's sense-tagged concordance, or null
    /// when WordNet does not know the word.</summary>
    public PartOfSpeech? MostFrequentPartOfSpeech(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var readings = Readings(word, WordForms.ScratchA);
        PartOfSpeech? best = null;
        var bestCount = -1;
        foreach (var (id, pos) in readings)
        {
            var count = Data.TagCount(id, pos);
            if (count > bestCount)
            {
                best = pos;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>True when the two words share a word sense ("enhance"/"increase", "arms"/"weapons"), or are forms
    /// of the same lemma.</summary>
    public bool AreSynonyms(string lemmaA, string lemmaB)
    {
        ArgumentNullException.ThrowIfNull(lemmaA);
        ArgumentNullException.ThrowIfNull(lemmaB);
        var a = WordForms.Normalise(lemmaA);
        var b = WordForms.Normalise(lemmaB);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a.Length > 0;
        }

        return RelatednessScorer.AreSynonyms(Data, Readings(a, WordForms.ScratchA), Readings(b, WordForms.ScratchB));
    }

    /// <summary>A graded relatedness in [0, 1]: 1 identical or synonyms, 0.8 derivational relatives
    /// ("smuggle"/"smuggling"), similar adjectives or a direct hypernym ("narcotic"/"drug"), 0.6 a second-level
    /// hypernym, 0.5 senses sharing a direct hypernym, 0 unrelated.</summary>
    public double Relatedness(string lemmaA, string lemmaB)
    {
        ArgumentNullException.ThrowIfNull(lemmaA);
        ArgumentNullException.ThrowIfNull(lemmaB);
        var a = WordForms.Normalise(lemmaA);
        var b = WordForms.Normalise(lemmaB);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a.Length > 0 ? RelatednessScorer.Same : 0.0;
        }

        return RelatednessScorer.Score(Data, Readings(a, WordForms.ScratchA), Readings(b, WordForms.ScratchB));
    }

    private List<(int LemmaId, PartOfSpeech Pos)> Readings(string word, List<(int LemmaId, PartOfSpeech Pos)> into)
    {
        var normalised = WordForms.Normalise(word);
        if (!StopWords.Set.Contains(normalised))
        {
            WordForms.AddReadings(Data, normalised, into);
        }

        return into;
    }

    /// <summary>Auxiliaries take their verb lemma ("was" → "be", "having" → "have"); other function words stay as
    /// they are (the noun rules would turn "as" into "a").</summary>
    private string StopWordLemma(string normalised)
    {
        var readings = WordForms.ScratchB;
        Morphy.AddBaseForms(Data, normalised, PartOfSpeech.Verb, readings);
        return readings.Count == 0 ? normalised : Data.Lemmas[readings[0].LemmaId];
    }
}
