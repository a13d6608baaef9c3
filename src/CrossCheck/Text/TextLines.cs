namespace CrossCheck.Text;

/// <summary>Line structure of a text for the sentence splitter.</summary>
internal static class TextLines
{
    /// <summary>Each line's content range, without its line break (\n, \r\n, \r, U+2028 or U+2029).</summary>
    public static List<(int Start, int End)> Read(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add((start, i));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length));
        return lines;
    }

    /// <summary>True when a blank line stands between two lines of text somewhere in the text.</summary>
    public static bool HasBlankLineBetweenText(string text, List<(int Start, int End)> lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var (start, end) in lines)
        {
            var blank = text.AsSpan(start, end - start).IsWhiteSpace();
            if (!blank && blankAfterText)
            {
                return true;
            }

            seenText |= !blank;
            blankAfterText |= blank && seenText;
        }

        return false;
    }

    /// <summary>True when the line ending at <paramref name="previousEnd"/> continues on the next line: it ends
    /// with a comma, or it ends without terminal punctuation and the next line starts in lower case.</summary>
    public static bool IsWrapped(string text, int previousEnd, int nextStart, int nextEnd)
    {
        var previous = text.AsSpan(0, previousEnd).TrimEnd();
        var next = text.AsSpan(nextStart, nextEnd - nextStart).TrimStart();
        if (previous.IsEmpty || next.IsEmpty)
        {
            return false;
        }

        return previous[^1] == ',' || (!SentenceShape.EndsWithTerminalPunctuation(previous) && char.IsLower(next[0]));
    }
}
