namespace CrossCheck.Text;

/// <summary>Finds where sentences end inside one block of text (a line, or lines joined by wrapping).</summary>
/// <remarks>A run of terminal punctuation (. ! ? …) plus any closing quotes or brackets ends a sentence when
/// whitespace and a sentence opener (not a lower-case letter) follow. A single period after an abbreviation,
/// an initial ("J. R. Smith") or a dotted abbreviation ("U.S.", "a.m.") ends the sentence only when the next word
/// is a capitalised function word ("The", "He"), since names follow such periods far more often; after a title
/// ("Gen.", "Dr.") it never does. A period between a lower-case word and a capitalised word with no space
/// ("restraint.Albanian") is a boundary too: extraction often glues paragraphs together that way. No sentence
/// ends inside a closed quotation, so a quoted passage stays with its attribution.</remarks>
internal static class SentenceBoundaries
{
    /// <summary>Adds to <paramref name="ends"/> the exclusive end offset of each sentence that ends before
    /// <paramref name="end"/>; the block's end is always a boundary and is not added.</summary>
    public static void Find(string text, int start, int end, List<int> ends)
    {
        var quotes = new List<(int Open, int Close)>();
        QuotedSpans.Find(text, start, end, quotes);
        var i = start;
        while (i < end)
        {
            if (!SentencePunctuation.IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < end && SentencePunctuation.IsTerminal(text[runEnd]))
            {
                runEnd++;
            }

            var closersEnd = runEnd;
            while (closersEnd < end && SentencePunctuation.IsCloser(text[closersEnd]))
            {
                closersEnd++;
            }

            if (closersEnd >= end)
            {
                return;
            }

            var singlePeriod = runEnd - i == 1 && text[i] == '.';
            if (QuotedSpans.IsInside(quotes, closersEnd))
            {
                i = closersEnd;
                continue;
            }

            if (char.IsWhiteSpace(text[closersEnd]))
            {
                var next = SkipWhitespace(text, closersEnd, end);
                if (next < end && EndsBeforeNextWord(text, i, singlePeriod, next, end))
                {
                    ends.Add(closersEnd);
                }
            }
            else if (singlePeriod && closersEnd == runEnd && IsGluedSentenceStart(text, i, end))
            {
                ends.Add(runEnd);
            }

            i = closersEnd;
        }
    }

    private static bool EndsBeforeNextWord(string text, int terminal, bool singlePeriod, int next, int end)
    {
        var first = text[next];
        if (char.IsLower(first))
        {
            return false;
        }

        if (!singlePeriod)
        {
            return true;
        }

        var word = WordBefore(text, terminal);
        if (word.IsEmpty || char.IsDigit(word[^1]))
        {
            return true;
        }

        if (Abbreviations.IsNumberPrefix(word) && char.IsDigit(first))
        {
            return false;
        }

        if (Abbreviations.IsTitle(word))
        {
            return false;
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        if (Abbreviations.IsKnown(word) || isInitial || word.Contains('.'))
        {
            return IsCapitalisedFunctionWord(WordAt(text, next, end));
        }

        return true;
    }

    /// <summary>"restraint.Albanian": a lower-case word of two or more letters, a period, then a capitalised word.</summary>
    private static bool IsGluedSentenceStart(string text, int period, int end)
    {
        var word = WordBefore(text, period);
        return word.Length >= 2 && !word.Contains('.') && char.IsLower(word[^1])
            && period + 2 < end && char.IsUpper(text[period + 1]) && char.IsLower(text[period + 2]);
    }

    private static bool IsCapitalisedFunctionWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && Lexicon.Default.IsStopWord(word.ToString());

    /// <summary>The letters and inner periods right before <paramref name="terminal"/> ("U.S" before "U.S.").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int terminal)
    {
        var start = terminal;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == '\''))
        {
            start--;
        }

        return text.AsSpan(start, terminal - start).TrimStart('.');
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && (char.IsLetter(text[stop]) || text[stop] == '\'' || text[stop] == '\u2019'))
        {
            stop++;
        }

        return text.AsSpan(start, stop - start);
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
