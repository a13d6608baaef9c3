namespace CrossCheck.Text;

/// <summary>Finds where sentences end inside one block of text (a line, or lines joined by wrapping).</summary>
/// <remarks>A run of terminal punctuation (. ! ? …) plus any closing quotes or brackets ends a sentence when
/// whitespace and a sentence opener (not a lower-case letter) follow. A single period after an abbreviation,
/// an initial ("J. R. Smith") or a dotted abbreviation ("U.S.", "a.m.", or spaced by tokenisation: "U. S.") ends the
/// sentence only when the next word is a capitalised function word ("The", "He", "I"), since names follow such
/// periods far more often; after a title ("Gen.", "Dr.") it never does; after a clock abbreviation ("p.m.") it does
/// unless a day, month or zone follows. A period between a lower-case word and a capitalised word with no space
/// ("restraint.Albanian") is a boundary too: extraction often glues paragraphs together that way. No sentence
/// ends inside a closed quotation, so a quoted passage stays with its attribution. Tokenisation artefacts of
/// scraped news are read back: a period and space inside a number (<see cref="SpacedDecimals"/>), a closing quote
/// detached from its sentence (<see cref="DetachedQuotes"/>), a leading decimal point ("(. 535)"), a currency
/// sign lost to a wrong encoding ("lend? 22bn").</remarks>
internal static class SentenceBoundaries
{
    /// <summary>Adds to <paramref name="ends"/> the exclusive end offset of each sentence that ends before
    /// <paramref name="end"/>; the block's end is always a boundary and is not added.</summary>
    public static void Find(string text, int start, int end, List<int> ends) =>
        Find(text, start, end, ends, SpacedDecimals.IsSpacedNumberText(text));

    /// <summary>As <see cref="Find(string, int, int, List{int})"/>, told once per text whether it writes numbers
    /// with tokenisation spaces (<see cref="SpacedDecimals.IsSpacedNumberText"/>).</summary>
    public static void Find(string text, int start, int end, List<int> ends, bool spacedNumberText)
    {
        var quotes = new List<(int Open, int Close)>();
        QuotedSpans.Find(text, start, end, quotes);
        var sentenceStart = start;
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

            closersEnd = DetachedQuotes.ClosingEnd(text, closersEnd, start, end);
            if (closersEnd >= end)
            {
                return;
            }

            var singlePeriod = runEnd - i == 1 && text[i] == '.';
            if (QuotedSpans.IsInside(quotes, closersEnd)
                || (singlePeriod && closersEnd == runEnd && SpacedDecimals.ContinuesNumber(text, i, sentenceStart, end, spacedNumberText))
                || (runEnd - i == 1 && closersEnd == runEnd && SpacedDecimals.IsLostCurrencySign(text, i, end)))
            {
                i = closersEnd;
                continue;
            }

            if (char.IsWhiteSpace(text[closersEnd]))
            {
                var next = SkipWhitespace(text, closersEnd, end);
                if (next < end && EndsBeforeNextWord(text, start, i, singlePeriod, next, end))
                {
                    ends.Add(closersEnd);
                    sentenceStart = next;
                }
            }
            else if (singlePeriod && closersEnd == runEnd && IsGluedSentenceStart(text, i, end))
            {
                ends.Add(runEnd);
                sentenceStart = runEnd;
            }

            i = closersEnd;
        }
    }

    private static bool EndsBeforeNextWord(string text, int start, int terminal, bool singlePeriod, int next, int end)
    {
        var first = text[next];
        if (char.IsLower(first) || DetachedQuotes.IsClosingMarkBeforeLowerCase(text, start, next, end))
        {
            return false;
        }

        if (!singlePeriod)
        {
            return true;
        }

        var word = BoundaryWords.Before(text, terminal);
        if (word.IsEmpty)
        {
            // "(. 535)", "average,. 919": a tokenised leading decimal point after a bracket, comma or colon.
            return !(terminal > 0 && text[terminal - 1] is '(' or '[' or ',' or ':' && char.IsDigit(first));
        }

        if (char.IsDigit(word[^1]))
        {
            return true;
        }

        // "No. 5", "No. VA0898"; "Gen. Lee"; "posting a. 905 average": no sentence ends on an article.
        if ((Abbreviations.IsNumberPrefix(word) && BoundaryWords.StartsCode(text, next, end))
            || Abbreviations.IsTitle(word)
            || (char.IsLower(word[0]) && ClosedClassWords.IsArticle(word) && char.IsDigit(first)))
        {
            return false;
        }

        var spacedDotted = BoundaryWords.SpacedDottedAbbreviation(text, terminal, word);
        if (BoundaryWords.IsClockAbbreviation(spacedDotted ?? word.ToString()))
        {
            return !BoundaryWords.ContinuesTime(text, next, end);
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        if (Abbreviations.IsKnown(word) || isInitial || word.Contains('.') || spacedDotted is not null)
        {
            return BoundaryWords.IsCapitalisedFunctionWord(BoundaryWords.At(text, next, end, out var wordStart), text, wordStart, end);
        }

        return true;
    }

    /// <summary>"restraint.Albanian": a lower-case word of two or more letters, a period, then a capitalised word.</summary>
    private static bool IsGluedSentenceStart(string text, int period, int end)
    {
        var word = BoundaryWords.Before(text, period);
        return word.Length >= 2 && !word.Contains('.') && char.IsLower(word[^1])
            && period + 2 < end && char.IsUpper(text[period + 1]) && char.IsLower(text[period + 2]);
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
