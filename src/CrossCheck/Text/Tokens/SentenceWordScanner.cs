namespace CrossCheck.Text;

/// <summary>The <see cref="Word"/>s of a sentence with exact offsets into the article text: the entity recogniser's
/// view of the <see cref="Tokenizer"/> stream (where the words lie: <see cref="EntityWordSpans"/>). It drops
/// punctuation but records it as the gap before each word, keeps dotted acronyms ("U.S.") and digit-letter runs
/// ("F16", "G7") whole, and splits a possessive "'s" off into <see cref="Word.Possessive"/>.</summary>
internal static class SentenceWordScanner
{
    /// <summary>The words of <paramref name="sentence"/>, read from the article's token stream when given.</summary>
    public static List<Word> Scan(string text, Sentence sentence, ArticleTokens? stream = null)
    {
        var (start, end) = Clamp(text, sentence);
        var tokens = stream is null ? (end > start ? Tokenizer.Tokenize(text[start..end], start) : []) : stream.Within(start, end);
        var words = new List<Word>();
        var previousEnd = start;
        foreach (var (wordStart, wordEnd) in EntityWordSpans.Of(text, tokens))
        {
            var length = wordEnd - wordStart;
            var possessive = length > 2 && text[wordEnd - 2] is '\'' or '’' && text[wordEnd - 1] is 's' or 'S';
            var coreEnd = possessive ? wordEnd - 2 : wordEnd;
            var gapText = text.AsSpan(previousEnd, wordStart - previousEnd);
            var initial = words.Count == 0 ? !HasLetter(gapText) : StartsClause(gapText);
            words.Add(new Word(text[wordStart..coreEnd], wordStart, coreEnd, possessive, Gap(gapText, words.Count == 0), initial));
            previousEnd = wordEnd;
        }

        return words;
    }

    public static (int Start, int End) Clamp(string text, Sentence sentence)
    {
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        return (start, Math.Clamp(sentence.End, start, text.Length));
    }

    private static WordGap Gap(ReadOnlySpan<char> gap, bool first)
    {
        if (first)
        {
            return WordGap.Break;
        }

        var commas = 0;
        foreach (var c in gap)
        {
            if (c == ',')
            {
                commas++;
            }
            else if (c is not (' ' or '\u00A0'))
            {
                return WordGap.Break;
            }
        }

        return commas switch { 0 => WordGap.Space, 1 => WordGap.Comma, _ => WordGap.Break };
    }

    /// <summary>A word after an opening quote, colon, dash, line break or full stop starts a clause of its
    /// own (the full stop matters when the sentence splitter has kept two sentences together).</summary>
    private static bool StartsClause(ReadOnlySpan<char> gap)
    {
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c is '"' or '“' or '‘' or ':' or '\n' or '—' or '–' or '(' or '[' || (c is '.' or '!' or '?' && i + 1 < gap.Length && char.IsWhiteSpace(gap[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
