using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>A number read from tokens [First, Last] with its value, unit and any built-in vagueness.</summary>
internal sealed record ReadNumber(int First, int Last, double Value, string? Unit, QuantityQualifier? Implied, bool Range);

/// <summary>Reads the number starting at a token: digits with currency, scale ("4.5 million", "1.2m"),
/// unit and range ("30-40", "30 to 40"), or number words ("one hundred", "a dozen", "hundreds of").</summary>
internal static class NumberReader
{
    public static ReadNumber? Read(IReadOnlyList<QuantityToken> tokens, int i)
    {
        return tokens[i].Kind switch
        {
            QuantityTokenKind.Digits => ReadDigits(tokens, i),
            QuantityTokenKind.Word => ReadWords(tokens, i),
            _ => null,
        };
    }

    private static ReadNumber? ReadDigits(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (NumberWords.ParseDigits(tokens[i].Text) is not { } value)
        {
            return null;
        }

        var first = i;
        string? unit = null;
        if (i > 0 && QuantityUnits.Currency(tokens[i - 1].Text) is { } currency && (tokens[i].Attached || tokens[i].SpaceBefore))
        {
            unit = currency;
            first = i - 1;
            if (first > 0 && tokens[first - 1].Text is "US" && tokens[first].Attached)
            {
                first--;
            }
        }

        var last = i;
        var range = false;
        if (last + 2 < tokens.Count && tokens[last + 1].Text is "-" or "–" or "to" && tokens[last + 2].Kind == QuantityTokenKind.Digits
            && NumberWords.ParseDigits(tokens[last + 2].Text) is { } upper && upper > value)
        {
            last += 2;
            range = true;
        }

        if (last + 1 < tokens.Count && tokens[last + 1].Kind == QuantityTokenKind.Word)
        {
            var next = tokens[last + 1];
            if (NumberWords.IsScale(next.Lower) && next.SpaceBefore && next.Lower != "dozen" || (next.Attached && next.Lower is "m" or "bn" or "k" && IsMillionOrScale(tokens, last + 1, unit, tokens[i].Text)))
            {
                value *= next.Lower is "m" ? 1e6 : next.Lower is "k" ? 1e3 : NumberWords.Scale(next.Lower);
                last++;
            }
        }

        if (ReadUnit(tokens, last + 1) is { } after)
        {
            unit ??= after.Unit;
            last = after.Last;
        }

        return new ReadNumber(first, last, value, unit, range ? QuantityQualifier.AtLeast : null, range);
    }

    /// <summary>An attached "m" is million with money, a decimal or a following word ("1.2m people");
    /// otherwise metres ("100m").</summary>
    private static bool IsMillionOrScale(IReadOnlyList<QuantityToken> tokens, int index, string? unit, string digits)
    {
        if (tokens[index].Lower != "m")
        {
            return true;
        }

        return unit is not null || digits.Contains('.', StringComparison.Ordinal)
            || (index + 1 < tokens.Count && tokens[index + 1].Kind == QuantityTokenKind.Word && tokens[index + 1].SpaceBefore);
    }

    private static (string Unit, int Last)? ReadUnit(IReadOnlyList<QuantityToken> tokens, int k)
    {
        if (k >= tokens.Count || !(tokens[k].SpaceBefore || tokens[k].Attached))
        {
            return null;
        }

        if (tokens[k].Lower is "per" && k + 1 < tokens.Count && tokens[k + 1].Lower == "cent")
        {
            return ("%", k + 1);
        }

        if (tokens[k].Lower is "square" or "sq" && k + 1 < tokens.Count && QuantityUnits.Unit(tokens[k + 1].Lower) is { } area)
        {
            return (area + "2", k + 1);
        }

        if (k + 1 < tokens.Count && (tokens[k + 1].Attached || tokens[k + 1].SpaceBefore) && QuantityUnits.TwoTokenUnit(tokens[k].Text, tokens[k + 1].Text) is { } scale)
        {
            return (scale, k + 1);
        }

        if (tokens[k].Attached && QuantityUnits.AttachedScale(tokens[k].Text) is { } attached)
        {
            return (attached, k);
        }

        return QuantityUnits.Unit(tokens[k].Lower) is { } unit ? (unit, k) : null;
    }

    private static ReadNumber? ReadWords(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (ReadFraction(tokens, i) is { } fraction)
        {
            return fraction;
        }

        var lower = tokens[i].Lower;
        if (NumberWords.VagueValue(lower) is { } vague && i + 1 < tokens.Count && tokens[i + 1].Lower == "of")
        {
            // "tens of thousands of"
            if (lower == "tens" && i + 3 < tokens.Count && NumberWords.VagueValue(tokens[i + 2].Lower) is { } scale && tokens[i + 3].Lower == "of")
            {
                return new ReadNumber(i, i + 2, 10 * scale, null, QuantityQualifier.MoreThan, false);
            }

            return lower == "tens" ? null : new ReadNumber(i, i, vague, null, QuantityQualifier.MoreThan, false);
        }

        var isArticle = lower is "a" or "an";
        if (!NumberWords.IsUnit(lower) && !(isArticle && i + 1 < tokens.Count && NumberWords.IsScale(tokens[i + 1].Lower))
            && !(NumberWords.IsScale(lower) && lower is not ("bn" or "mln" or "mn")))
        {
            return null;
        }

        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].SpaceBefore && tokens[last + 1].Kind == QuantityTokenKind.Word)
        {
            var next = tokens[last + 1].Lower;
            if (NumberWords.IsUnit(next) || (NumberWords.IsScale(next) && next is not ("bn" or "mln" or "mn")))
            {
                last++;
            }
            else if (next == "and" && last + 2 < tokens.Count && NumberWords.IsUnit(tokens[last + 2].Lower) && NumberWords.IsScale(tokens[last].Lower))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        if (isArticle && last == i)
        {
            return null;
        }

        var value = NumberWords.Parse(tokens.Skip(i).Take(last - i + 1).Select(t => t.Lower));
        if (value is null)
        {
            return null;
        }

        string? unit = null;
        if (ReadUnit(tokens, last + 1) is { } after)
        {
            unit = after.Unit;
            last = after.Last;
        }

        return new ReadNumber(i, last, value.Value, unit, null, false);
    }

    /// <summary>A share given as a fraction of a whole: "a third of", "two thirds of", "half of", "half the",
    /// "three quarters of", read as a percentage so that it compares with "33 percent". A fraction is a rounded
    /// way of putting a share, so it is approximate.</summary>
    private static ReadNumber? ReadFraction(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (tokens[i].Lower == "half" && i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "the")
        {
            return new ReadNumber(i, i, 50, "%", QuantityQualifier.Approximate, false);
        }

        var numerator = tokens[i].Lower switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            _ => 0,
        };
        if (numerator == 0 || i + 2 >= tokens.Count || tokens[i + 2].Lower != "of"
            || NumberWords.Denominator(tokens[i + 1].Lower, plural: numerator > 1) is not { } denominator || numerator >= denominator)
        {
            return null;
        }

        return new ReadNumber(i, i + 1, Math.Round(100.0 * numerator / denominator, 1), "%", QuantityQualifier.Approximate, false);
    }
}
