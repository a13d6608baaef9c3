using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>A sentence's tokens (offsets into the article text) with their guessed word classes and the
/// quotations it contains.</summary>
internal sealed class SentenceTokens
{
    private readonly List<(int Open, int Close)> _quotes = [];

    public SentenceTokens(string text, Sentence sentence, Lexicon lexicon)
        : this(Tokenizer.Tokenize(text[sentence.Start..sentence.End], sentence.Start), text, sentence, lexicon)
    {
    }

    /// <summary>The sentence read from tokens already found (the article's <see cref="ArticleTokens"/>).</summary>
    public SentenceTokens(IReadOnlyList<Token> tokens, string text, Sentence sentence, Lexicon lexicon)
    {
        Tokens = tokens;
        Classes = WordClassGuesser.Guess(Tokens, lexicon);
        QuotedSpans.Find(text, sentence.Start, sentence.End, _quotes);
        Lexicon = lexicon;
    }

    public IReadOnlyList<Token> Tokens { get; }

    public WordClass[] Classes { get; }

    public Lexicon Lexicon { get; }

    public int Count => Tokens.Count;

    public string Text(int index) => Tokens[index].Text;

    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsFiniteVerb(int index) => WordClassGuesser.IsFiniteVerb(Tokens, Classes, index);

    public bool IsInsideQuotation(int index) => QuotedSpans.IsInside(_quotes, Tokens[index].Start);

    public bool IsNominal(int index) =>
        Classes[index] is WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective or WordClass.Determiner or WordClass.Number;

    /// <summary>The verb lemma of a token ("said" → "say"), lower case.</summary>
    public string VerbLemma(int index) => Lexicon.Lemma(Tokens[index].Text, PartOfSpeech.Verb);
}
