namespace CrossCheck.Text;

/// <summary>Shape tests on sentence text, usable on sentences built by any stage.</summary>
internal static class SentenceShape
{
    /// <summary>Lines longer than this many words without terminal punctuation are fragments, not headings.</summary>
    public const int MaxHeadingWords = 25;

    private static readonly char[] HorizontalSpace = [' ', '\t', '\u00A0'];

    /// <summary>True when the sentence is a heading or a short fragment (no terminal punctuation), whether it was
    /// classified by <see cref="SentenceSplitter"/> or built elsewhere with the default kind. A line of more than
    /// <see cref="MaxHeadingWords"/> words is a sentence that lost its full stop (archives and scraped pages drop
    /// it), and states what it says.</summary>
    public static bool IsHeading(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return (sentence.IsHeadingOrFragment || !EndsWithTerminalPunctuation(sentence.Text))
            && WordCount(sentence.Text) <= MaxHeadingWords;
    }

    /// <summary>True when the text ends with . ! ? … : or ; possibly followed by closing quotes or brackets,
    /// attached or after a space.</summary>
    public static bool EndsWithTerminalPunctuation(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (!text.IsEmpty && SentencePunctuation.IsCloser(text[^1]))
        {
            // A closing quote that tokenisation detached ("... happen. \"") still closes the sentence; only spaces
            // on the same line are skipped.
            text = text[..^1].TrimEnd(HorizontalSpace);
        }

        return !text.IsEmpty && (SentencePunctuation.IsTerminal(text[^1]) || text[^1] is ':' or ';');
    }

    /// <summary>How many whitespace-separated words the text has.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
