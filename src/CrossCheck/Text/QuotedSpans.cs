namespace CrossCheck.Text;

/// <summary>The quotations of one block whose opening and closing marks are both present, so that the sentence
/// splitter keeps a multi-sentence quotation together with its attribution
/// ("“We are cautious. We will act,” Stoltenberg said.").</summary>
internal static class QuotedSpans
{
    /// <summary>Longer "quotations" are more likely unbalanced marks than real quotes and are ignored.</summary>
    private const int MaxQuoteLength = 1500;

    /// <summary>Adds (open, close) offsets of each closed quotation in [start, end).</summary>
    public static void Find(string text, int start, int end, List<(int Open, int Close)> spans)
    {
        spans.Clear();
        var curlyOpen = -1;
        var straightOpen = -1;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '\u201C' or '\u00AB':
                    curlyOpen = i;
                    break;
                case '\u201D' or '\u00BB' when curlyOpen >= 0:
                    Add(spans, curlyOpen, i);
                    curlyOpen = -1;
                    break;
                case '"' when straightOpen < 0 && IsOpeningPosition(text, i, start, end):
                    straightOpen = i;
                    break;
                case '"' when straightOpen >= 0:
                    Add(spans, straightOpen, i);
                    straightOpen = -1;
                    break;
            }
        }
    }

    /// <summary>True when <paramref name="position"/> lies inside a quotation whose closing mark comes later.</summary>
    public static bool IsInside(List<(int Open, int Close)> spans, int position)
    {
        foreach (var (open, close) in spans)
        {
            if (open < position && position <= close)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A straight quote opens where a word could start before it and a word follows it: one followed by
    /// whitespace or the end of the block is a closing mark that tokenisation detached ("... happen. \"").</summary>
    private static bool IsOpeningPosition(string text, int i, int start, int end) =>
        (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '-' or ':')
        && i + 1 < end && !char.IsWhiteSpace(text[i + 1]);

    private static void Add(List<(int Open, int Close)> spans, int open, int close)
    {
        if (close - open <= MaxQuoteLength)
        {
            spans.Add((open, close));
        }
    }
}
