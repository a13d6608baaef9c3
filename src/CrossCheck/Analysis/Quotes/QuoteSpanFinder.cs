namespace CrossCheck.Analysis.Quotes;

/// <summary>A quoted span: <see cref="Start"/>/<see cref="End"/> exclude the marks; <see cref="OpenMark"/>
/// and <see cref="CloseMark"/> are the marks' offsets (for a paragraph of a multi-paragraph quote that has
/// no closing mark, <see cref="CloseMark"/> is the paragraph end).</summary>
internal readonly record struct QuoteSpan(int OpenMark, int Start, int End, int CloseMark);

/// <summary>Pairs quotation marks paragraph by paragraph: curly “…”, straight "…" and single ‘…’ (an
/// apostrophe inside a word, as in "Kosovo’s", is not a mark). A quote left open at the end of a
/// paragraph continues when the next paragraph opens with a quotation mark, as news style writes
/// multi-paragraph quotes.</summary>
internal static class QuoteSpanFinder
{
    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var paragraphStart = 0;
        var carried = false;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }

            carried = ScanParagraph(text, paragraphStart, paragraphEnd, carried, spans);
            paragraphStart = paragraphEnd + 1;
        }

        return spans;
    }

    /// <summary>Returns true when the paragraph ends inside a quote that the next paragraph continues.</summary>
    private static bool ScanParagraph(string text, int start, int end, bool continuing, List<QuoteSpan> spans)
    {
        if (start == end || text.AsSpan(start, end - start).IsWhiteSpace())
        {
            return continuing;
        }

        var open = -1;
        var openKind = '\0';
        if (continuing && FirstMarkCloses(text, start, end))
        {
            // The quote of the paragraph before goes on without a new opening mark: it opens here.
            open = start - 1;
            openKind = '"';
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c is '“' or '"' or '‘' or '\'' && IsOpening(text, i, end))
                {
                    open = i;
                    openKind = c;
                }
            }
            else if (Closes(openKind, c) && IsClosing(text, i, end))
            {
                Add(spans, text, open, i);
                open = -1;
            }
        }

        if (open >= 0 && openKind is '“' or '"' && (NextParagraphOpensQuote(text, end) || NextParagraphClosesQuote(text, end)))
        {
            Add(spans, text, open, end);
            return true;
        }

        return false;
    }

    private static bool Closes(char openKind, char c) => openKind switch
    {
        '“' => c is '”' or '"',
        '"' => c is '"' or '”',
        '\'' => c == '\'',
        _ => c == '’',
    };

    private static bool IsOpening(string text, int i, int end)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < end ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(after))
        {
            return false;
        }

        return text[i] == '“' || (!char.IsLetterOrDigit(before) && (text[i] != '\'' || char.IsLetter(after)));
    }

    private static bool IsClosing(string text, int i, int end)
    {
        var after = i + 1 < end ? text[i + 1] : ' ';
        var before = i > 0 ? text[i - 1] : ' ';
        return text[i] is '”' || (!char.IsLetterOrDigit(after) && (text[i] is not ('\'' or '’') || !char.IsWhiteSpace(before)));
    }

    private static bool NextParagraphOpensQuote(string text, int paragraphEnd)
    {
        var i = paragraphEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is '“' or '"';
    }

    /// <summary>The next paragraph's first quotation mark closes a quote ("…the stairs,” he said."): the
    /// quote left open goes on across the paragraph break without a new opening mark.</summary>
    private static bool NextParagraphClosesQuote(string text, int paragraphEnd)
    {
        var start = paragraphEnd;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return false;
        }

        var end = text.IndexOf('\n', start);
        return FirstMarkCloses(text, start, end < 0 ? text.Length : end);
    }

    private static bool FirstMarkCloses(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '“' or '"' or '”')
            {
                return !IsOpening(text, i, end) && IsClosing(text, i, end);
            }
        }

        return false;
    }

    private static void Add(List<QuoteSpan> spans, string text, int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // A comma before the closing mark belongs to the reporting sentence ("…in Kosovo,” he said).
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuoteSpan(open, start, end, close));
        }
    }
}
