namespace CrossCheck.Text;

/// <summary>The words on either side of a possible sentence end, as <see cref="SentenceBoundaries"/> reads them.</summary>
internal static class BoundaryWords
{
    /// <summary>The letters, digits and inner periods right before <paramref name="terminal"/> ("U.S" before "U.S.").</summary>
    public static ReadOnlySpan<char> Before(string text, int terminal)
    {
        var start = terminal;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == '\''))
        {
            start--;
        }

        return text.AsSpan(start, terminal - start).TrimStart('.');
    }

    /// <summary>The word at <paramref name="start"/>, after any opening quotes or brackets; <paramref name="wordStart"/>
    /// is where its first letter stands.</summary>
    public static ReadOnlySpan<char> At(string text, int start, int end, out int wordStart)
    {
        while (start < end && SentencePunctuation.IsOpener(text[start]) && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        wordStart = start;
        var stop = start;
        while (stop < end && (char.IsLetter(text[stop]) || text[stop] == '\'' || text[stop] == '\u2019'))
        {
            stop++;
        }

        return text.AsSpan(start, stop - start);
    }

    /// <summary>The word at <paramref name="start"/> with the periods of a dotted abbreviation joined up, even when
    /// tokenisation spaced them ("a. m." and "a.m." both read "a.m"), and the offset after it.</summary>
    public static (string Word, int End) Dotted(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        var word = text[start..i];
        while (word.Length > 0 && i + 1 < end && text[i] == '.' && SingleLetterAfter(text, i + 1, end) is var letter && letter >= 0)
        {
            word = $"{word}.{text[letter]}";
            i = letter + 1;
        }

        return (word, i < end && text[i] == '.' ? i + 1 : i);
    }

    /// <summary>"p. m.", "U. S.": <paramref name="word"/>, the letter before <paramref name="terminal"/>, is a
    /// single letter after another single letter and a period with a space, a dotted abbreviation spaced out.
    /// Returns the abbreviation joined up ("p.m"), else null.</summary>
    public static string? SpacedDottedAbbreviation(string text, int terminal, ReadOnlySpan<char> word)
    {
        var letter = terminal - 1;
        return word.Length == 1 && letter >= 3 && text[letter - 1] == ' ' && text[letter - 2] == '.'
            && char.IsLetter(text[letter - 3]) && (letter == 3 || !char.IsLetterOrDigit(text[letter - 4]))
            ? $"{text[letter - 3]}.{word}"
            : null;
    }

    /// <summary>A number or a code with digits ("5", "VA089897") starts at <paramref name="start"/>.</summary>
    public static bool StartsCode(string text, int start, int end)
    {
        for (var i = start; i < end && char.IsLetterOrDigit(text[i]); i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The", "He", "I'm"; a single letter only when it is "I" standing as a word, not an initial "I.".</summary>
    public static bool IsCapitalisedFunctionWord(ReadOnlySpan<char> word, string text, int wordStart, int end) =>
        word.Length > 0 && char.IsUpper(word[0])
        && (word.Length > 1 || (word[0] == 'I' && wordStart + 1 < end && text[wordStart + 1] != '.'))
        && Lexicon.Default.IsStopWord(word.ToString());

    /// <summary>"a.m", "p.m" (any case): a clock abbreviation.</summary>
    public static bool IsClockAbbreviation(string word) =>
        word.Contains('.', StringComparison.Ordinal) && TimeWords.ClockWords.Contains(word.ToLowerInvariant());

    /// <summary>True when the word at <paramref name="start"/> continues a clock time ("at 9 a.m. Friday"): a day or
    /// month ("Friday", "Dec"), a clock word or zone ("GMT", "EDT"), a word shaped like a zone abbreviation (two to
    /// four capitals ending in T: "ET", "PT") or a word before "time" ("Pacific time").</summary>
    public static bool ContinuesTime(string text, int start, int end)
    {
        var word = At(text, start, end, out var wordStart);
        var lower = word.ToString().ToLowerInvariant();
        if (TimeWords.IsCalendarWord(lower) || TimeWords.ClockWords.Contains(lower) || TimeWords.Zone(lower) is not null)
        {
            return true;
        }

        if (word.Length is >= 2 and <= 4 && word[^1] == 'T' && IsAllUpper(word))
        {
            return true;
        }

        var after = wordStart + word.Length;
        return word.Length > 0 && after + 1 < end && text[after] == ' '
            && At(text, after + 1, end, out _).Equals("time", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The offset of a single letter at <paramref name="i"/> (after at most one space) followed by a
    /// period, or -1.</summary>
    private static int SingleLetterAfter(string text, int i, int end)
    {
        if (i < end && text[i] == ' ')
        {
            i++;
        }

        return i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.' && !char.IsLetter(text[i - 1]) ? i : -1;
    }
}
