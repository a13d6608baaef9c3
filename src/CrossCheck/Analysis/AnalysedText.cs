using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Analysis;

/// <summary>The language layer's reading of one article, computed once and carried on the <see cref="AnalysedArticle"/>:
/// the token stream (<see cref="ArticleTokens"/>), each sentence's tokens with their word classes and lemmas
/// (<see cref="SentenceTokens"/>, null for a sentence outside the text), and each sentence's words as the entity and
/// quote finders read them (<see cref="ArticleWords"/>). Every stage reads tokens from here instead of tokenizing.</summary>
internal sealed class AnalysedText
{
    private AnalysedText(ArticleTokens tokens, IReadOnlyList<SentenceTokens?> sentences, ArticleWords words, IReadOnlyList<IReadOnlyList<QuantityToken>> quantityTokens)
    {
        Tokens = tokens;
        Sentences = sentences;
        Words = words;
        QuantityTokens = quantityTokens;
    }

    public ArticleTokens Tokens { get; }

    /// <summary>The tokens of each sentence, in the order of the sentences.</summary>
    public IReadOnlyList<SentenceTokens?> Sentences { get; }

    public ArticleWords Words { get; }

    /// <summary>Each sentence's tokens as the quantity finder reads them (<see cref="Text.QuantityTokens"/>, a view of
    /// <see cref="Tokens"/>), in the order of the sentences; a sentence is clamped to the text.</summary>
    public IReadOnlyList<IReadOnlyList<QuantityToken>> QuantityTokens { get; }

    public static AnalysedText Read(string text, IReadOnlyList<Sentence> sentences) => Read(text, sentences, Lexicon.Default);

    public static AnalysedText Read(string text, IReadOnlyList<Sentence> sentences, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = ArticleTokens.Of(text);
        var bySentence = sentences
            .Select(s => IsWithin(text, s) ? new SentenceTokens(tokens.Within(s.Start, s.End), text, s, lexicon) : null)
            .ToList();
        var spacedNumbers = SpacedDecimals.IsSpacedNumberText(text);
        var quantityTokens = sentences.Select(s => QuantitiesOf(text, tokens, s, spacedNumbers)).ToList();
        return new AnalysedText(tokens, bySentence, ArticleWords.Scan(text, sentences, tokens), quantityTokens);
    }

    private static IReadOnlyList<QuantityToken> QuantitiesOf(string text, ArticleTokens tokens, Sentence sentence, bool spacedNumbers)
    {
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        return Text.QuantityTokens.Of(text, tokens.Within(start, end), start, spacedNumbers);
    }

    private static bool IsWithin(string text, Sentence sentence) =>
        sentence.Start >= 0 && sentence.End <= text.Length && sentence.Start <= sentence.End;
}
