using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalises one time expression found at a known place in a sentence (the TempEval task: the
/// expression is given, its value is asked). Uses the same rules as <see cref="DateExtractor"/>.</summary>
internal static class TimexNormalizer
{
    /// <summary>The value of <paramref name="sentence"/>[<paramref name="start"/>..+<paramref name="length"/>],
    /// with <paramref name="reference"/> the document date and <paramref name="anchor"/> the date mentioned before.</summary>
    public static TimexValue? Normalize(string sentence, int start, int length, DateOnly? reference, AnchorDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, sentence.Length);
        var end = start + length;
        var expression = sentence.Substring(start, length).Trim().TrimEnd('\'', '’', '.', ',');
        var context = new TimexContext(reference, anchor, TenseDetector.Detect(sentence, 0, sentence.Length, start, end));

        var inSentence = TimexRecognizer.Find(sentence);
        var exact = inSentence.FirstOrDefault(c => c.Start == start && (c.End == end || sentence[start..c.End].Equals(expression, StringComparison.Ordinal)));
        if (exact is not null && TimexResolver.Normalize(exact, context) is { } exactValue)
        {
            return exactValue;
        }

        // "the summer" where the recogniser found "summer" (after "during the"), "the weekend" where it found "over
        // the weekend": the recognised span differs from the given one by one leading word.
        var inner = inSentence.FirstOrDefault(c => c.Start != start && c.End == end
            && IsOneWord(sentence.AsSpan(Math.Min(start, c.Start), Math.Abs(c.Start - start))));
        if (inner is not null && TimexResolver.Normalize(inner, context) is { } innerValue)
        {
            return innerValue;
        }

        var alone = TimexRecognizer.Find(expression);
        var best = alone.FirstOrDefault(c => c.Start == 0 && c.End == expression.Length)
            ?? alone.OrderByDescending(c => c.Length).FirstOrDefault();
        if (best is not null && TimexResolver.Normalize(best, context) is { } value)
        {
            return value;
        }

        return VagueDuration(expression) ?? SharedUnit(sentence, end, expression);
    }

    /// <summary>The anchor a value provides for the expressions after it.</summary>
    public static AnchorDate? AnchorOf(TimexValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TimexResolver.AnchorOf(value);
    }

    private static bool IsOneWord(ReadOnlySpan<char> text)
    {
        var word = text.Trim();
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static TimexValue? VagueDuration(string expression)
    {
        if (TimexPatterns.BareUnits().Match(expression) is { Success: true } bare)
        {
            return DurationRules.Period("several", bare.Groups["unit"].Value.ToLowerInvariant());
        }

        var clock = TimexPatterns.ClockDuration().Match(expression);
        return clock.Success
            ? new TimexValue(
                "PT" + Text.DecimalDigits.Parse(clock.Groups["h"].ValueSpan) + "H"
                + Text.DecimalDigits.Parse(clock.Groups["min"].ValueSpan) + "M"
                + Text.DecimalDigits.Parse(clock.Groups["s"].ValueSpan) + "S",
                TimexType.Duration,
                DateGranularity.Time,
                false)
            : null;
    }

    /// <summary>"between 12 and 18 months": a bare number takes the unit of the number after it.</summary>
    private static TimexValue? SharedUnit(string sentence, int end, string expression)
    {
        if (TimeWords.Number(expression) is null)
        {
            return null;
        }

        var following = TimexPatterns.RangeTail().Match(sentence, end);
        return following.Success && following.Index == end
            ? DurationRules.Period(expression, following.Groups["unit"].Value.ToLowerInvariant())
            : null;
    }
}
