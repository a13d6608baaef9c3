using CrossCheck.Analysis.Entities;

namespace CrossCheck.Analysis.Quantities;

/// <summary>Digit strings that are not quantities: parts of dates ("November 20", "20 November 2023",
/// "September 24, 2023"), years, times ("10:30", "9 am"), ordinals ("21st"), codes and models ("G7",
/// "COVID-19"), phone numbers, list numbering and numbered names ("Resolution 1244").</summary>
internal static class NumberExclusions
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "hrs", "o'clock", "h",
    };

    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

    public static bool IsExcluded(string text, List<QuantityToken> tokens, int i, double value)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1] : null;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (previous is { Attached: true } && token.Attached && (previous.Kind == QuantityTokenKind.Word
            || (previous.Text is "-" or "/" or "#" or "." && i > 1 && tokens[i - 2].Kind != QuantityTokenKind.Symbol)))
        {
            return true;
        }

        if (next is { Attached: true, Kind: QuantityTokenKind.Word } && OrdinalSuffixes.Contains(next.Lower))
        {
            return true;
        }

        if (next is { Attached: true } && next.Text is ":" && i + 2 < tokens.Count && tokens[i + 2].Kind == QuantityTokenKind.Digits)
        {
            return true;
        }

        if (next is { Kind: QuantityTokenKind.Word, SpaceBefore: true } && TimeWords.Contains(next.Lower.TrimEnd('.')))
        {
            return true;
        }

        return IsDatePart(tokens, i) || IsYear(token, value, next) || IsPhoneNumber(tokens, i) || IsListNumber(text, token, next)
            || IsNumberedName(token, previous, next);
    }

    private static bool IsDatePart(List<QuantityToken> tokens, int i)
    {
        bool IsMonth(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == QuantityTokenKind.Word && FunctionWords.IsCalendarWord(tokens[k].Lower);
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

    /// <summary>Three or more digit groups joined by spaces, dots or hyphens, or a number after "+".</summary>
    private static bool IsPhoneNumber(List<QuantityToken> tokens, int i)
    {
        if (i > 0 && tokens[i - 1].Text is "+" && tokens[i].Attached)
        {
            return true;
        }

        var groups = 1;
        for (var k = i + 1; k + 1 < tokens.Count && groups < 3; k += 2)
        {
            var separator = tokens[k];
            var digits = tokens[k + 1];
            var joined = separator.Text is "-" or "." && separator.Attached && digits.Attached;
            if (!joined || digits.Kind != QuantityTokenKind.Digits || digits.Text.Length < 2)
            {
                break;
            }

            groups++;
        }

        return groups >= 3 || (tokens[i].Text.Length >= 3 && i + 1 < tokens.Count && tokens[i + 1].Kind == QuantityTokenKind.Digits
                                && tokens[i + 1].SpaceBefore && tokens[i + 1].Text.Length >= 3 && !tokens[i + 1].Text.Contains(',', StringComparison.Ordinal));
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

        var named = previous.Kind == QuantityTokenKind.Word && char.IsUpper(previous.Text[0]) && !previous.Text.All(char.IsUpper)
            || previous.Lower is "no" or "number" or "article" or "chapter" or "page" or "section" or "paragraph" or "resolution";
        if (!named)
        {
            return false;
        }

        return next is not { Kind: QuantityTokenKind.Word, SpaceBefore: true }
            || (!CountedPhrase.IsPlural(next.Lower) && QuantityUnits.Unit(next.Lower) is null);
    }
}
