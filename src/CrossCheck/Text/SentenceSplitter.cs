namespace CrossCheck.Text;

/// <summary>Splits article text into sentences with exact offsets, paragraph numbers and a
/// <see cref="SentenceKind"/>.</summary>
/// <remarks>Line breaks end sentences (extracted articles put each block on its own line), except where a line
/// is plainly wrapped: it ends without terminal punctuation and the next line starts in lower case, or it ends
/// with a comma. Blank lines separate paragraphs; a text without blank lines has one paragraph per line.
/// Inside a block <see cref="SentenceBoundaries"/> decides where sentences end.</remarks>
internal static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var lines = TextLines.Read(text);
        var blankLinesSeparateParagraphs = TextLines.HasBlankLineBetweenText(text, lines);
        var spacedNumbers = SpacedDecimals.IsSpacedNumberText(text);
        var paragraph = -1;
        var paragraphBreakPending = true;
        var blockStart = -1;
        var blockEnd = -1;
        var ends = new List<int>();
        foreach (var (start, end) in lines)
        {
            if (text.AsSpan(start, end - start).IsWhiteSpace())
            {
                paragraphBreakPending = true;
                continue;
            }

            if (blockStart >= 0 && !paragraphBreakPending && TextLines.IsWrapped(text, blockEnd, start, end))
            {
                blockEnd = end;
                continue;
            }

            if (blockStart >= 0)
            {
                AddBlock(text, blockStart, blockEnd, paragraph, sentences, ends, spacedNumbers);
            }

            if (paragraphBreakPending || !blankLinesSeparateParagraphs)
            {
                paragraph++;
                paragraphBreakPending = false;
            }

            blockStart = start;
            blockEnd = end;
        }

        if (blockStart >= 0)
        {
            AddBlock(text, blockStart, blockEnd, paragraph, sentences, ends, spacedNumbers);
        }

        return sentences;
    }

    private static void AddBlock(string text, int start, int end, int paragraph, List<Sentence> sentences, List<int> ends, bool spacedNumbers)
    {
        (start, end) = Trim(text, start, end);
        ends.Clear();
        SentenceBoundaries.Find(text, start, end, ends, spacedNumbers);
        ends.Add(end);
        var sentenceStart = start;
        foreach (var boundary in ends)
        {
            var (s, e) = Trim(text, sentenceStart, boundary);
            sentenceStart = boundary;
            if (e <= s)
            {
                continue;
            }

            var sentenceText = text[s..e];
            var kind = Classify(sentenceText, wholeBlock: s == start && e == end);
            sentences.Add(new Sentence(sentences.Count, s, e, sentenceText, paragraph, kind));
        }
    }

    private static SentenceKind Classify(string sentence, bool wholeBlock)
    {
        if (SentenceShape.EndsWithTerminalPunctuation(sentence))
        {
            return SentenceKind.Statement;
        }

        return wholeBlock && SentenceShape.WordCount(sentence) <= SentenceShape.MaxHeadingWords
            ? SentenceKind.Heading
            : SentenceKind.Fragment;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
