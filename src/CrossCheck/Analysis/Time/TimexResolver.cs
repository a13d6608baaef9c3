using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>A recognised expression with its normalised value and the sentence it is in.</summary>
internal sealed record ResolvedTimex(TimexCandidate Candidate, TimexValue Value, int SentenceIndex);

/// <summary>Normalises the recognised expressions of a text in reading order, so that each anaphoric
/// expression is resolved against the date mentioned just before it.</summary>
internal static class TimexResolver
{
    private const int FallbackWindow = 160;

    public static IReadOnlyList<ResolvedTimex> Resolve(string text, IReadOnlyList<Sentence> sentences, DateOnly? reference)
    {
        var resolved = new List<ResolvedTimex>();
        AnchorDate? anchor = null;
        var sentence = 0;
        foreach (var candidate in TimexRecognizer.Find(text))
        {
            while (sentence < sentences.Count && sentences[sentence].End <= candidate.Start)
            {
                sentence++;
            }

            var inSentence = sentence < sentences.Count && sentences[sentence].Start <= candidate.Start;
            var (windowStart, windowEnd) = inSentence
                ? (Math.Min(sentences[sentence].Start, candidate.Start), Math.Max(sentences[sentence].End, candidate.End))
                : Window(text, candidate);
            var tense = TenseDetector.Detect(text, windowStart, Math.Min(windowEnd, text.Length), candidate.Start, candidate.End);
            if (Normalize(candidate, new TimexContext(reference, anchor, tense)) is not { } value)
            {
                continue;
            }

            anchor = AnchorOf(value) ?? anchor;
            resolved.Add(new ResolvedTimex(candidate, value, inSentence ? sentences[sentence].Index : -1));
        }

        return resolved;
    }

    public static TimexValue? Normalize(TimexCandidate candidate, TimexContext context)
    {
        var value = candidate.Rule.Normalize(candidate.Match, context);
        return value is not null && candidate.Clock is { } clock ? ClockRules.AttachTo(value, clock) : value;
    }

    /// <summary>The calendar point a value names, usable as the anchor of a later anaphoric expression.</summary>
    public static AnchorDate? AnchorOf(TimexValue value)
    {
        var fiscal = value.Value.StartsWith("FY", StringComparison.Ordinal);
        if ((!value.IsCalendarPoint && !fiscal) || !value.Anchors)
        {
            return null;
        }

        var v = fiscal ? value.Value[2..] : value.Value;
        var year = Digits(v, 0, 4);
        if (year is null or < 1)
        {
            return null;
        }

        if (fiscal || (v.Length == 7 && v[4] == '-' && v[5] is 'Q' or 'H' && Digits(v, 6, 1) is >= 1 and <= 4))
        {
            var part = fiscal || v.Length < 7 ? 1 : Digits(v, 6, 1) ?? 1;
            var firstMonth = fiscal || v.Length < 7 ? 1 : ((part - 1) * (v[5] == 'Q' ? 3 : 6)) + 1;
            return new AnchorDate(new DateOnly(year.Value, Math.Min(firstMonth, 12), 1), fiscal && v.Length == 4 ? DateGranularity.Year : DateGranularity.Quarter, value.Value);
        }

        if (v.Length >= 10 && v[4] == '-' && v[7] == '-' && Digits(v, 5, 2) is { } month && Digits(v, 8, 2) is { } day
            && TimexCalendar.SafeDate(year.Value, month, day) is { } date)
        {
            return new AnchorDate(date, DateGranularity.Day);
        }

        if (v.Length >= 8 && v[4] == '-' && v[5] == 'W' && Digits(v, 6, 2) is { } week && week is >= 1 and <= 53)
        {
            var monday = System.Globalization.ISOWeek.ToDateTime(year.Value, Math.Min(week, System.Globalization.ISOWeek.GetWeeksInYear(year.Value)), DayOfWeek.Monday);
            return new AnchorDate(DateOnly.FromDateTime(monday), DateGranularity.Week);
        }

        if (v.Length == 7 && v[4] == '-' && Digits(v, 5, 2) is { } onlyMonth && onlyMonth is >= 1 and <= 12)
        {
            return new AnchorDate(new DateOnly(year.Value, onlyMonth, 1), DateGranularity.Month);
        }

        return v.Length == 4 || (v.Length > 4 && v[4] == '-')
            ? new AnchorDate(new DateOnly(year.Value, 1, 1), DateGranularity.Year)
            : null;
    }

    private static int? Digits(string text, int start, int length)
    {
        if (text.Length < start + length)
        {
            return null;
        }

        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return null;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static (int Start, int End) Window(string text, TimexCandidate candidate)
    {
        var start = Math.Max(0, candidate.Start - FallbackWindow);
        var end = Math.Min(text.Length, candidate.End + FallbackWindow);
        var stop = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, candidate.Start - 1), candidate.Start - start);
        var next = text.IndexOfAny(['.', '!', '?', '\n'], candidate.End, end - candidate.End);
        return (stop >= 0 ? stop + 1 : start, next >= 0 ? next : end);
    }
}
