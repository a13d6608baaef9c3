using System.Globalization;

namespace CrossCheck.Text;

/// <summary>Tokenised news text writes a decimal point or a clock separator as a period and a space ("magnitude
/// 5. 9", "£1. 7m", "at 11. 30 p. m."), which looks like a sentence ending in a number followed by one starting
/// with a number ("... in 2009. 5 people died"). Ordinary text almost never does either, so the period is read as
/// part of the number only on evidence that the number goes on.</summary>
/// <remarks>The evidence, any one of which suffices for "A. B" (digit groups, one space between):
/// the sentence so far holds no word but A ("5. 9 Earthquake Jolts ..."); A follows a currency sign or an opening
/// bracket ("$2. 6", "(14. 1 rating"); A follows an article ("a 6. 7 degree quake": no sentence ends on "the 6.");
/// A itself follows a spaced period after digits ("08. 07. 2012"); B carries a unit, scale or clock suffix ("7m",
/// "72bn", "30am", "5%"); B ends its clause at once (". ; ) ]" or the end of the block: "a magnitude of 5. 9.");
/// unless A is a four-digit year, the word after B is a unit, a scale, a clock word or a time zone ("40. 3 million",
/// "51. 2 percent", "9. 25 a. m.", "22. 34 BST"); or, unless A is a four-digit year, the text writes other numbers
/// with tokenisation spaces (<see cref="IsSpacedNumberText"/>).</remarks>
internal static class SpacedDecimals
{
    private const int YearDigits = 4;

    private static readonly char[] SpacedSeparators = [':', ','];

    /// <summary>True when the period at <paramref name="period"/> sits between two digit groups, one space after
    /// it, and the evidence says the number continues past it. <paramref name="sentenceStart"/> is where the
    /// current sentence began; <paramref name="end"/> ends the block.</summary>
    public static bool ContinuesNumber(string text, int period, int sentenceStart, int end, bool spacedNumberText)
    {
        if (period < 1 || period + 2 >= end || !char.IsAsciiDigit(text[period - 1]) || text[period + 1] != ' '
            || !char.IsAsciiDigit(text[period + 2]))
        {
            return false;
        }

        var aStart = period - 1;
        while (aStart > sentenceStart && char.IsAsciiDigit(text[aStart - 1]))
        {
            aStart--;
        }

        var bStart = period + 2;
        var bEnd = bStart;
        while (bEnd < end && char.IsAsciiDigit(text[bEnd]))
        {
            bEnd++;
        }

        var yearBefore = period - aStart == YearDigits;
        return !HasLetter(text, sentenceStart, aStart)
            || (spacedNumberText && !yearBefore)
            || FollowsSpacedPeriod(text, aStart, sentenceStart)
            || OpensAmount(text, aStart, sentenceStart)
            || ArticleBefore(text, aStart, sentenceStart)
            || HasNumberSuffix(text, bEnd, end)
            || EndsClause(text, bEnd, end)
            || (!yearBefore && MeasureWordAfter(text, bEnd, end));
    }

    /// <summary>"lend? 22. 4bn", "agreeing an? 110 billion" (but not "earns? 900 a month"): a question mark glued to a word
    /// and followed by an amount with a scale or unit is a currency sign ("€", "£") lost to a wrong text encoding,
    /// not the end of a question.</summary>
    public static bool IsLostCurrencySign(string text, int mark, int end)
    {
        if (mark < 1 || text[mark] != '?' || !char.IsLetter(text[mark - 1]) || mark + 2 >= end || text[mark + 1] != ' '
            || !char.IsAsciiDigit(text[mark + 2]))
        {
            return false;
        }

        var numberEnd = mark + 2;
        while (numberEnd < end && char.IsAsciiDigit(text[numberEnd]))
        {
            numberEnd++;
        }

        var fraction = numberEnd + 1 < end && text[numberEnd] == '.' ? numberEnd + 1 : numberEnd;
        fraction += fraction < end && fraction > numberEnd && text[fraction] == ' ' ? 1 : 0;
        if (fraction > numberEnd && fraction < end && char.IsAsciiDigit(text[fraction]))
        {
            numberEnd = fraction;
            while (numberEnd < end && char.IsAsciiDigit(text[numberEnd]))
            {
                numberEnd++;
            }
        }

        return HasNumberSuffix(text, numberEnd, end) || MeasureWordAfter(text, numberEnd, end);
    }

    /// <summary>True when the text writes other numbers with the spaces of tokenisation: a clock time "7: 21" (one
    /// or two digits, a colon, a space, two digits) or a thousands group "200, 000" (one to three digits, a comma,
    /// a space, three digits). Ordinary text almost never does (once in 863 real web articles measured), so in
    /// such a text "A. B" is a decimal too unless A is a four-digit year.</summary>
    public static bool IsSpacedNumberText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = text.IndexOfAny(SpacedSeparators); i >= 0; i = text.IndexOfAny(SpacedSeparators, i + 1))
        {
            var (most, after) = text[i] == ':' ? (2, 2) : (3, 3);
            if (i + 1 < text.Length && text[i + 1] == ' ' && DigitsBefore(text, i) is >= 1 and var before && before <= most
                && DigitsAfter(text, i + 2) == after)
            {
                return true;
            }
        }

        return false;
    }

    private static int DigitsBefore(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start > 0 && char.IsLetter(text[start - 1]) ? 0 : i - start;
    }

    private static int DigitsAfter(string text, int i)
    {
        var stop = i;
        while (stop < text.Length && char.IsAsciiDigit(text[stop]))
        {
            stop++;
        }

        return stop - i;
    }

    /// <summary>"08. 07. 2012", "2012. 08. 08": A itself follows a spaced period after digits.</summary>
    private static bool FollowsSpacedPeriod(string text, int aStart, int sentenceStart) =>
        aStart - 3 >= sentenceStart && text[aStart - 1] == ' ' && text[aStart - 2] == '.' && char.IsAsciiDigit(text[aStart - 3]);

    private static bool HasLetter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"$2. 6", "(£1. 7m", "(14. 1": a currency sign or an opening bracket right before the number.</summary>
    private static bool OpensAmount(string text, int aStart, int sentenceStart) =>
        aStart > sentenceStart
        && (CharUnicodeInfo.GetUnicodeCategory(text[aStart - 1]) == UnicodeCategory.CurrencySymbol || text[aStart - 1] is '(' or '[');

    private static bool ArticleBefore(string text, int aStart, int sentenceStart)
    {
        var i = aStart;
        while (i > sentenceStart && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == aStart)
        {
            return false;
        }

        var wordEnd = i;
        while (i > sentenceStart && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return wordEnd > i && (i == sentenceStart || !char.IsLetterOrDigit(text[i - 1]))
            && ClosedClassWords.IsArticle(text.AsSpan(i, wordEnd - i));
    }

    /// <summary>"7m", "72bn", "30am", "5%": a unit, scale or clock suffix glued to the digits after the period.</summary>
    private static bool HasNumberSuffix(string text, int bEnd, int end)
    {
        if (bEnd < end && text[bEnd] == '%')
        {
            return true;
        }

        var suffixEnd = bEnd;
        while (suffixEnd < end && char.IsLetter(text[suffixEnd]))
        {
            suffixEnd++;
        }

        return suffixEnd > bEnd && (suffixEnd == end || !char.IsLetterOrDigit(text[suffixEnd]))
            && IsMeasureWord(text[bEnd..suffixEnd].ToLowerInvariant(), null);
    }

    /// <summary>"a magnitude of 5. 9.", "(19. 2)", "27. 2006)": what follows the period is no sentence, only a
    /// number closing a clause or bracket. A period that goes on into digits ("5.5") does not count.</summary>
    private static bool EndsClause(string text, int bEnd, int end) =>
        bEnd >= end
        || text[bEnd] is ';' or ')' or ']'
        || (text[bEnd] == '.' && !(bEnd + 1 < end && char.IsAsciiDigit(text[bEnd + 1])));

    /// <summary>"40. 3 million", "51. 2 per cent", "9. 25 a. m.", "22. 34 BST": a unit, scale, clock word or time
    /// zone after the number.</summary>
    private static bool MeasureWordAfter(string text, int bEnd, int end)
    {
        if (bEnd >= end || text[bEnd] != ' ')
        {
            return false;
        }

        var (first, afterFirst) = BoundaryWords.Dotted(text, bEnd + 1, end);
        if (first.Length == 0)
        {
            return false;
        }

        var (second, _) = afterFirst < end && text[afterFirst] == ' ' ? BoundaryWords.Dotted(text, afterFirst + 1, end) : (string.Empty, afterFirst);
        return IsMeasureWord(first.ToLowerInvariant(), second.ToLowerInvariant()) || (TimeWords.Zone(first) is not null && first.All(char.IsUpper));
    }

    private static bool IsMeasureWord(string lower, string? nextLower) =>
        QuantityUnits.Unit(lower) is not null || NumberWords.IsScale(lower) || TimeWords.ClockWords.Contains(lower)
        || (!string.IsNullOrEmpty(nextLower) && QuantityUnits.Measure($"{lower} {nextLower}").Dimension is not (QuantityDimension.Other or QuantityDimension.Count));
}
