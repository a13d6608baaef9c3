namespace CrossCheck.Text;

/// <summary>Quotation marks that tokenisation put on the wrong side of a space: a closing mark detached from the
/// sentence it closes ("... happen. \" Next") or glued to the word after it ("... change? \"he said.").</summary>
internal static class DetachedQuotes
{
    /// <summary>The offset after a detached closing mark that follows <paramref name="closersEnd"/> (the end of a
    /// terminal run and its attached closers) after one space and is followed by whitespace or the end of the block,
    /// else <paramref name="closersEnd"/>. The mark closes when it can only close (a curly closing mark), when it
    /// ends the block, or, for a straight double quote, when one is open in the block (an odd number before it).</summary>
    public static int ClosingEnd(string text, int closersEnd, int start, int end)
    {
        var mark = closersEnd + 1;
        if (mark >= end || text[closersEnd] != ' ' || (mark + 1 < end && !char.IsWhiteSpace(text[mark + 1])))
        {
            return closersEnd;
        }

        var closes = text[mark] switch
        {
            '\u201D' or '\u2019' or '\u00BB' => true,
            '"' => mark + 1 == end || IsOpenBefore(text, start, mark),
            '\'' => mark + 1 == end,
            _ => false,
        };
        return closes ? mark + 1 : closersEnd;
    }

    /// <summary>True when the mark at <paramref name="mark"/> is a closing one glued to a lower-case word: a curly
    /// closing mark, or a straight double quote while one is open in the block. Such a word starts no sentence.</summary>
    public static bool IsClosingMarkBeforeLowerCase(string text, int start, int mark, int end) =>
        mark + 1 < end && char.IsLower(text[mark + 1])
        && (text[mark] == '\u201D' || (text[mark] == '"' && IsOpenBefore(text, start, mark)));

    private static bool IsOpenBefore(string text, int start, int mark) => text.AsSpan(start, mark - start).Count('"') % 2 == 1;
}
