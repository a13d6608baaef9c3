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
            if (NumberWords.IsScale(next.Lower) && next.SpaceBefore && next.Lower != "dozen" || (next.Attached && next.Lower is "m" or "bn" or "k" && IsMillionOrScale(tokens, first, last + 1, unit, tokens[i].Text)))
            {
                value *= next.Lower is "m" ? 1e6 : next.Lower is "k" ? 1e3 : NumberWords.Scale(next.Lower);
                last++;
            }
        }

        if (!range && AddedFraction(tokens, last) is { } fraction)
        {
            value += fraction.Value;
            last = fraction.Last;
        }

        if (ReadUnit(tokens, last + 1) is { } after)
        {
            unit ??= after.Unit;
            last = after.Last;
        }

        unit ??= MagnitudeBefore(tokens, first);
        return new ReadNumber(first, last, value, unit, range ? QuantityQualifier.AtLeast : null, range);
    }

    /// <summary>"four and a half", "2 and a quarter": a fraction added to the whole number ending at
    /// <paramref name="last"/>, with the index of its last token.</summary>
    private static (double Value, int Last)? AddedFraction(IReadOnlyList<QuantityToken> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].Lower == MeasureWords.FractionJoiner && tokens[last + 2].Lower is "a" or "an"
        && MeasureWords.AddedFractions.TryGetValue(tokens[last + 3].Lower, out var fraction)
        && tokens[last + 1].SpaceBefore && tokens[last + 2].SpaceBefore && tokens[last + 3].SpaceBefore
            ? (fraction, last + 3)
            : null;

    /// <summary>"magnitude 6.1", "a magnitude of 5.9", "magnitude-6.1": the magnitude of an earthquake, named right
    /// before the number.</summary>
    private static string? MagnitudeBefore(IReadOnlyList<QuantityToken> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Text is "-" or "of")
        {
            k--;
        }

        return k >= 0 && tokens[k].Lower == MeasureWords.MagnitudeUnit ? MeasureWords.MagnitudeUnit : null;
    }

    /// <summary>An attached "m" is million with money; metres when the figure measures a distance or height (a word
    /// of length just before it, past any qualifier: "fell about 60m", or right after it: "60m from the ridge",
    /// <see cref="MeasureWords.LengthContext"/>); otherwise million with a decimal or a following counted word
    /// ("1.2m people"), and metres for a bare whole number ("100m").</summary>
    private static bool IsMillionOrScale(IReadOnlyList<QuantityToken> tokens, int first, int index, string? unit, string digits)
    {
        if (tokens[index].Lower != "m")
        {
            return true;
        }

        if (unit is not null)
        {
            return true;
        }

        var next = index + 1 < tokens.Count && tokens[index + 1].Kind == QuantityTokenKind.Word && tokens[index + 1].SpaceBefore ? tokens[index + 1].Lower : null;
        if (next is not null && QuantityUnits.IsCurrency(QuantityUnits.Unit(next)))
        {
            // "2m euros"
            return true;
        }

        if (MeasuresLength(tokens, first) || (next is not null && MeasureWords.LengthContext.Contains(next)))
        {
            return false;
        }

        return digits.Contains('.', StringComparison.Ordinal) || (next is not null && !FunctionWords.Contains(next));
    }

    /// <summary>A word of length (<see cref="MeasureWords.LengthContext"/>) right before the number, past at most two
    /// qualifier or function words ("falling about 60m", "fell some 200m").</summary>
    private static bool MeasuresLength(IReadOnlyList<QuantityToken> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (tokens[k].Kind != QuantityTokenKind.Word)
            {
                return false;
            }

            if (MeasureWords.LengthContext.Contains(tokens[k].Lower) && !FunctionWords.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (!QualifierWords.BeforeNumber.ContainsKey(tokens[k].Lower) && !FunctionWords.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return false;
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

        if (tokens[k].SpaceBefore && MeasureWords.TimeUnit(tokens[k].Lower) is { } time)
        {
            // "36 years old" is an age; "five months", "12 weeks" are spans of time.
            return time == "year" && k + 1 < tokens.Count && tokens[k + 1].Lower == MeasureWords.AgeWord && tokens[k + 1].SpaceBefore
                ? (MeasureWords.AgeUnit, k + 1)
                : (time, k);
        }

        if (tokens[k].SpaceBefore && tokens[k].Lower == MeasureWords.MagnitudeUnit)
        {
            return (MeasureWords.MagnitudeUnit, k);
        }

        if (k + 2 < tokens.Count && tokens[k].Lower == "on" && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower == MeasureWords.RichterScale)
        {
            // "5.9 on the Richter scale"
            return (MeasureWords.MagnitudeUnit, k + 3 < tokens.Count && tokens[k + 3].Lower == "scale" ? k + 3 : k + 2);
        }

        var next = k + 1 < tokens.Count && tokens[k + 1].SpaceBefore ? tokens[k + 1].Lower : null;
        var scaled = k >= 1 && NumberWords.IsScale(tokens[k - 1].Lower);
        return QuantityUnits.UnitBefore(tokens[k].Lower, next, scaled) is { } unit ? (unit, k) : null;
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

        var total = value.Value;
        if (AddedFraction(tokens, last) is { } added)
        {
            total += added.Value;
            last = added.Last;
        }

        string? unit = null;
        if (ReadUnit(tokens, last + 1) is { } after)
        {
            unit = after.Unit;
            last = after.Last;
        }

        return new ReadNumber(i, last, total, unit, null, false);
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
