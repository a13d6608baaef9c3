using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>Digit strings that are not quantities: parts of dates ("November 20", "20 November 2023",
/// "September 24, 2023"), years, times ("10:30", "9 am"), ordinals ("21st"), codes and models ("G7",
/// "COVID-19"), phone numbers, list numbering and numbered names ("Resolution 1244").</summary>
internal static class NumberExclusions
{
    public static bool IsExcluded(string text, IReadOnlyList<QuantityToken> tokens, int i, double value)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1] : null;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (previous is not null && token.Attached && (previous.Kind == QuantityTokenKind.Word
            || (previous.Text is "-" or "/" or "#" or "." or ":" && previous.Attached && i > 1 && tokens[i - 2].Kind != QuantityTokenKind.Symbol)))
        {
            return true;
        }

        if (next is { Attached: true, Kind: QuantityTokenKind.Word } && NumberWords.OrdinalSuffixes.Contains(next.Lower))
        {
            return true;
        }

        if (next is { Attached: true } && next.Text is ":" && i + 2 < tokens.Count && tokens[i + 2].Kind == QuantityTokenKind.Digits)
        {
            return true;
        }

        if (next is { Kind: QuantityTokenKind.Word, SpaceBefore: true } && TimeWords.ClockWords.Contains(next.Lower.TrimEnd('.')))
        {
            return true;
        }

        return IsDatePart(tokens, i) || IsYear(token, value, next) || IsPhoneNumber(tokens, i) || IsListNumber(text, token, next)
            || IsNumberedName(token, previous, next);
    }

    private static bool IsDatePart(IReadOnlyList<QuantityToken> tokens, int i)
    {
        bool IsMonth(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == QuantityTokenKind.Word && TimeWords.IsCalendarWord(tokens[k].Lower);
        var previous = i - 1;
        if (previous >= 0 && tokens[previous].Text == ".")
        {
            previous--;
        }

        if (IsMonth(previous) || IsMonth(i + 1) || (i + 2 < tokens.Count && tokens[i + 1].Lower == "of" && IsMonth(i + 2)))
        {
            return true;
        }

        // "September 24, 2023": the year after a day of a month.
        return i >= 3 && tokens[i - 1].Text == "," && tokens[i - 2].Kind == QuantityTokenKind.Digits && IsMonth(i - 3);
    }

    /// <summary>A four-digit year, unless it counts something ("2000 troops") or has a unit.</summary>
    private static bool IsYear(QuantityToken token, double value, QuantityToken? next)
    {
        if (token.Text.Length != 4 || value is < 1000 or > 2100 || token.Text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return next is not { Kind: QuantityTokenKind.Word, SpaceBefore: true } || !(CountedPhrase.IsPlural(next.Lower) || QuantityUnits.Unit(next.Lower) is not null);
    }

    /// <summary>Three or more digit groups joined by spaces, dots or hyphens ("011-555-0199",
    /// "11 123 4567"), or digits after "+".</summary>
    private static bool IsPhoneNumber(IReadOnlyList<QuantityToken> tokens, int i)
    {
        var groups = 1;
        var first = i;
        for (var k = PreviousGroup(tokens, i); k >= 0; k = PreviousGroup(tokens, k))
        {
            groups++;
            first = k;
        }

        for (var k = NextGroup(tokens, i); k >= 0; k = NextGroup(tokens, k))
        {
            groups++;
        }

        return groups >= 3 || (first > 0 && tokens[first - 1].Text is "+" && tokens[first].Attached);
    }

    private static bool IsGroup(QuantityToken token) =>
        token.Kind == QuantityTokenKind.Digits && !token.Text.Contains(',', StringComparison.Ordinal);

    /// <summary>The digit group joined to the one at <paramref name="k"/> from the left, or -1.</summary>
    private static int PreviousGroup(IReadOnlyList<QuantityToken> tokens, int k)
    {
        if (!IsGroup(tokens[k]) || k == 0)
        {
            return -1;
        }

        if (IsGroup(tokens[k - 1]) && tokens[k].SpaceBefore && !tokens[k].Attached)
        {
            return k - 1;
        }

        return k >= 2 && tokens[k - 1].Text is "-" or "." && tokens[k - 1].Attached && tokens[k].Attached && IsGroup(tokens[k - 2]) ? k - 2 : -1;
    }

    private static int NextGroup(IReadOnlyList<QuantityToken> tokens, int k)
    {
        if (k + 1 < tokens.Count && PreviousGroup(tokens, k + 1) == k)
        {
            return k + 1;
        }

        return k + 2 < tokens.Count && PreviousGroup(tokens, k + 2) == k ? k + 2 : -1;
    }

    /// <summary>"1." or "2)" opening a line.</summary>
    private static bool IsListNumber(string text, QuantityToken token, QuantityToken? next)
    {
        if (next is not { Attached: true } || next.Text is not ("." or ")"))
        {
            return false;
        }

        var k = token.Start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] == '\n';
    }

    /// <summary>"Resolution 1244", "Article 5", "No. 3": a number naming something, not counting.</summary>
    private static bool IsNumberedName(QuantityToken token, QuantityToken? previous, QuantityToken? next)
    {
        if (previous is null || !token.SpaceBefore || token.Text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        // A capitalised word opening the sentence ("Some 1.4 million", "About 300") is not a name; nor is a
        // number followed by a scale word ("Resolution 2 million" does not occur).
        if (next is { Kind: QuantityTokenKind.Word } && NumberWords.IsScale(next.Lower))
        {
            return false;
        }

        var named = previous.Kind == QuantityTokenKind.Word && char.IsUpper(previous.Text[0]) && !previous.Text.All(char.IsUpper)
                && !FunctionWords.Contains(previous.Lower) && !QuantityQualifiers.IsQualifierWord(previous.Lower)
            || previous.Lower is "no" or "number" or "article" or "chapter" or "page" or "section" or "paragraph" or "resolution";
        if (!named)
        {
            return false;
        }

        return next is not { Kind: QuantityTokenKind.Word, SpaceBefore: true }
            || (!CountedPhrase.IsPlural(next.Lower) && QuantityUnits.Unit(next.Lower) is null);
    }
}
