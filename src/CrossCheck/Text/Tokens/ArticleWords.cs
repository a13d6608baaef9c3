namespace CrossCheck.Text;

/// <summary>The <see cref="Word"/>s of every sentence of an article, scanned once
/// (<see cref="SentenceWordScanner"/>, a view of the article's <see cref="ArticleTokens"/>) and shared by the analysers that read words: entities and quotes.</summary>
internal sealed class ArticleWords
{
    private readonly Dictionary<int, List<Word>> _byStart = [];

    private ArticleWords(List<List<Word>> bySentence, IReadOnlyList<Sentence> sentences)
    {
        BySentence = bySentence;
        for (var i = 0; i < sentences.Count; i++)
        {
            _byStart.TryAdd(sentences[i].Start, bySentence[i]);
        }
    }

    /// <summary>The words of each sentence, in the order of the sentences.</summary>
    public IReadOnlyList<List<Word>> BySentence { get; }

    public static ArticleWords Scan(string text, IReadOnlyList<Sentence> sentences) => Scan(text, sentences, ArticleTokens.Of(text));

    /// <summary>The words of every sentence, read from the article's token stream.</summary>
    public static ArticleWords Scan(string text, IReadOnlyList<Sentence> sentences, ArticleTokens tokens) =>
        new(sentences.Select(s => SentenceWordScanner.Scan(text, s, tokens)).ToList(), sentences);

    /// <summary>The words of <paramref name="sentence"/>, one of the article's sentences.</summary>
    public List<Word> Of(string text, Sentence sentence) =>
        _byStart.TryGetValue(sentence.Start, out var words) ? words : SentenceWordScanner.Scan(text, sentence);
}
