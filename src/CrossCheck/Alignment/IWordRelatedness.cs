using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The lexical knowledge the aligner needs. <see cref="LexiconRelatedness"/> wraps
/// <see cref="Lexicon.Default"/>; tests may supply a small hand-built one.</summary>
public interface IWordRelatedness
{
    string Lemma(string word);

    bool IsStopWord(string word);

    /// <summary>Graded relatedness of two lemmas in [0, 1] (1 identical or synonyms).</summary>
    double Relatedness(string lemmaA, string lemmaB);
}

/// <summary>The default lexical knowledge: the WordNet-derived <see cref="Lexicon"/>.</summary>
public sealed class LexiconRelatedness(Lexicon lexicon) : IWordRelatedness
{
    public static LexiconRelatedness Default { get; } = new(Lexicon.Default);

    public string Lemma(string word) => lexicon.Lemma(word);

    public bool IsStopWord(string word) => lexicon.IsStopWord(word);

    public double Relatedness(string lemmaA, string lemmaB) =>
        lexicon.AreSynonyms(lemmaA, lemmaB) ? 1.0 : lexicon.Relatedness(lemmaA, lemmaB);
}
