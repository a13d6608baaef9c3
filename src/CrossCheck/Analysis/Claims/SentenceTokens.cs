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

    /// <summary>The closing comma of a place set off by commas after the object of a place preposition ("the survey in
    /// Golden, Colo., said", "crews at Hallin, Vetra, reported"): a town and its state or country. One to three
    /// proper-noun tokens (with the full stops of abbreviations) lie between the commas; -1 when the comma at
    /// <paramref name="openingComma"/> opens no such insertion.</summary>
    public int PlaceAppositionClosing(int openingComma)
    {
        if (openingComma < 2 || Text(openingComma) != "," || Classes[openingComma - 1] != WordClass.ProperNoun)
        {
            return -1;
        }

        var run = openingComma - 1;
        while (run - 1 >= 0 && Classes[run - 1] == WordClass.ProperNoun)
        {
            run--;
        }

        if (run - 1 < 0 || !(Is(run - 1, "in") || Is(run - 1, "at") || Is(run - 1, "from") || Is(run - 1, "near")))
        {
            return -1;
        }

        var names = 0;
        for (var j = openingComma + 1; j < Count && j <= openingComma + MaxPlaceApposition; j++)
        {
            if (Text(j) == ",")
            {
                return names > 0 ? j : -1;
            }

            if (Classes[j] == WordClass.ProperNoun)
            {
                names++;
            }
            else if (Text(j) != ".")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The opening comma of the place insertion <see cref="PlaceAppositionClosing"/> reads, given its closing
    /// comma, or -1.</summary>
    public int PlaceAppositionOpening(int closingComma)
    {
        for (var open = closingComma - 2; open >= 0 && open >= closingComma - MaxPlaceApposition - 1; open--)
        {
            if (Text(open) == ",")
            {
                return PlaceAppositionClosing(open) == closingComma ? open : -1;
            }
        }

        return -1;
    }

    private const int MaxPlaceApposition = 4;

    /// <summary>The verb lemma of a token ("said" → "say"), lower case.</summary>
    public string VerbLemma(int index) => Lexicon.Lemma(Tokens[index].Text, PartOfSpeech.Verb);
}
