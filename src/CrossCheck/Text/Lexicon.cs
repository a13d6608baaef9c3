namespace CrossCheck.Text;

/// <summary>Lexical knowledge: lemmas, stop words and word senses, derived from WordNet.
/// PLACEHOLDER: lemma = lower-case word and only identical words are synonyms; the Text stage
/// replaces the body with the WordNet-derived lexicon, keeping this API.</summary>
public sealed class Lexicon
{
    public static Lexicon Default { get; } = new();

    /// <summary>The lower-case base form of a word ("urged" → "urge", "troops" → "troop").</summary>
    public string Lemma(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.ToLowerInvariant();
    }

    public bool IsStopWord(string word) => false;

    /// <summary>True when the two lemmas share a word sense ("enhance"/"increase", "arms"/"weapons").</summary>
    public bool AreSynonyms(string lemmaA, string lemmaB) => string.Equals(lemmaA, lemmaB, StringComparison.Ordinal);

    /// <summary>A graded relatedness in [0, 1]: 1 identical or synonyms, lower for hypernyms,
    /// derivational relatives ("smuggle"/"smuggling") and similar senses, 0 unrelated.</summary>
    public double Relatedness(string lemmaA, string lemmaB) => AreSynonyms(lemmaA, lemmaB) ? 1.0 : 0.0;
}
