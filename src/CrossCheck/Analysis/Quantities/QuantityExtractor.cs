using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>Finds numbers (digits and words), their qualifier ("roughly", "at least"), unit or currency,
/// and what they count; dates, years, times, ordinals, phone numbers, codes and list numbering are
/// left out. <see cref="QuantityMention.Text"/> spans the number with its currency, scale and unit.</summary>
internal static class QuantityExtractor
{
    public static IReadOnlyList<QuantityMention> Extract(string text, IReadOnlyList<Sentence> sentences) =>
        Extract(text, sentences, AnalysedText.Read(text, sentences));

    /// <summary>The quantities of the sentences, read from the quantity tokens of <paramref name="read"/>.</summary>
    public static IReadOnlyList<QuantityMention> Extract(string text, IReadOnlyList<Sentence> sentences, AnalysedText read)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(read);
        var quantities = new List<QuantityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = read.QuantityTokens[s];
            var sentenceFirst = quantities.Count;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Read(text, tokens, i, sentence.Index) is { } found)
                {
                    var mention = found.Mention;
                    if (quantities.Count > sentenceFirst && RestatedBy(text, quantities[^1], mention) is { } head)
                    {
                        mention = mention with { Restates = head };
                    }

                    quantities.Add(mention);
                    i = found.Last;
                }
            }
        }

        return quantities;
    }

    /// <summary>The start of the figure <paramref name="next"/> restates: a measurement or amount in brackets right
    /// after one of the same dimension ("2000ft (609 metres)", "2m euros (£1.7m; $2.6m)": the second and third
    /// restate the first), or null.</summary>
    private static int? RestatedBy(string text, QuantityMention previous, QuantityMention next)
    {
        if (previous.Dimension != next.Dimension || previous.Dimension is QuantityDimension.Count or QuantityDimension.Other or QuantityDimension.Rank
            || previous.End > next.Start)
        {
            return null;
        }

        var between = text.AsSpan(previous.End, next.Start - previous.End).Trim();
        if (previous.Restates is { } head)
        {
            return between is ";" or "," or "/" ? head : null;
        }

        return between is "(" or "[" ? previous.Start : null;
    }

    private static (QuantityMention Mention, int Last)? Read(string text, IReadOnlyList<QuantityToken> tokens, int i, int sentenceIndex)
    {
        if (RankReader.Read(tokens, i) is { } rank)
        {
            return (new QuantityMention(text[tokens[i].Start..tokens[rank.Last].End], tokens[i].Start, tokens[rank.Last].End,
                rank.Value, QuantityQualifiers.BeforeNumber(tokens, i) ?? QuantityQualifier.Exact, RankReader.Unit, null, sentenceIndex), rank.Last);
        }

        // Vague amounts ("hundreds of homes") are not figures a report can be checked against.
        if (NumberReader.Read(tokens, i) is not { } number || IsPronounOne(tokens, number) || number.Implied == QuantityQualifier.MoreThan)
        {
            return null;
        }

        var digitsIndex = Enumerable.Range(number.First, number.Last - number.First + 1).FirstOrDefault(k => tokens[k].Kind == QuantityTokenKind.Digits, -1);
        if (digitsIndex >= 0 && NumberExclusions.IsExcluded(text, tokens, digitsIndex, number.Value))
        {
            return null;
        }

        var last = number.Last;
        var qualifier = QuantityQualifiers.BeforeNumber(tokens, number.First) ?? number.Implied;
        if (QuantityQualifiers.AfterNumber(tokens, last + 1) is { } after)
        {
            qualifier ??= after.Qualifier;
        }

        var unit = number.Unit;
        var singular = number.Value <= 1;
        if (unit is null && CompoundModifier(tokens, last) is { } compound)
        {
            // "a 68-year-old farmer", "a 10-storey tower": a measure of the noun that follows, not a count of it.
            unit = tokens[compound].Lower;
            last = compound;
            singular = true;
        }
        else if (unit is null && SpacedCompound(tokens, last) is { } spaced)
        {
            // "a 36 - year - old climber", "a 24 - hour strike": the same compound in text tokenised with spaces.
            unit = spaced.Unit;
            last = spaced.Last;
            singular = true;
        }
        else if (unit is null && IsAge(tokens, number))
        {
            // "aged 36", "Robert Buckley, 32, died": a person's age.
            unit = MeasureWords.AgeUnit;
        }

        var counted = unit is null || unit == "%" || last != number.Last
            ? CountedPhrase.After(tokens, last + 1, singular)
              ?? (unit is null ? CountedPhrase.Before(tokens, number.First) ?? CountedPhrase.FromContext(tokens, number.First) : null)
            : null;
        var counts = counted is { } phrase ? text[tokens[phrase.First].Start..tokens[phrase.Last].End] : null;
        var first = number.First;
        var value = number.Value;
        if (QuantityUnits.Measure(unit).Dimension == QuantityDimension.Temperature && NegativeSign(tokens, first) is { } sign)
        {
            // "-15°C", "minus 15 degrees Celsius": temperatures go below zero.
            first = sign;
            value = -value;
        }

        var mention = new QuantityMention(
            text[tokens[first].Start..tokens[last].End],
            tokens[first].Start,
            tokens[last].End,
            value,
            qualifier ?? QuantityQualifier.Exact,
            unit,
            counts,
            sentenceIndex);
        return (mention, last);
    }

    /// <summary>The index of a minus sign or the word "minus" right before the number ("-15", "−15", "minus 15"),
    /// not a dash between two numbers ("10-15").</summary>
    private static int? NegativeSign(IReadOnlyList<QuantityToken> tokens, int first)
    {
        if (first < 1)
        {
            return null;
        }

        var before = tokens[first - 1];
        if (before.Lower == "minus" && tokens[first].SpaceBefore)
        {
            return first - 1;
        }

        var isSign = before.Text is "-" or "\u2212" && tokens[first].Attached;
        var afterNumber = first >= 2 && before.Attached && tokens[first - 2].Kind == QuantityTokenKind.Digits;
        return isSign && !afterNumber ? first - 1 : null;
    }

    /// <summary>The index of the word joined to the number by a hyphen ("68-year-old", "10-storey"), if any.</summary>
    private static int? CompoundModifier(IReadOnlyList<QuantityToken> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1] is { Text: "-", Attached: true } && tokens[last + 2] is { Kind: QuantityTokenKind.Word, Attached: true }
            ? last + 2
            : null;

    /// <summary>"36 - year - old", "24 - hour": a number joined to a unit word by a hyphen with spaces around it, as
    /// tokenised text writes "36-year-old"; the unit and the index of the compound's last token.</summary>
    private static (string Unit, int Last)? SpacedCompound(IReadOnlyList<QuantityToken> tokens, int last)
    {
        if (!(last + 2 < tokens.Count && IsSpacedHyphen(tokens[last + 1]) && tokens[last + 2] is { Kind: QuantityTokenKind.Word, SpaceBefore: true } word))
        {
            return null;
        }

        var time = MeasureWords.TimeUnit(word.Lower);
        if (time is not null && last + 4 < tokens.Count && IsSpacedHyphen(tokens[last + 3]) && tokens[last + 4].Lower == MeasureWords.AgeWord
            && tokens[last + 4].SpaceBefore)
        {
            return time == "year" ? (MeasureWords.AgeUnit, last + 4) : null;
        }

        var unit = time ?? QuantityUnits.Unit(word.Lower) ?? (word.Lower == MeasureWords.MagnitudeUnit ? MeasureWords.MagnitudeUnit : null);
        return unit is null || unit == "%" || QuantityUnits.IsCurrency(unit) ? null : (unit, last + 2);
    }

    private static bool IsSpacedHyphen(QuantityToken token) => token is { Text: "-", SpaceBefore: true, Attached: false };

    /// <summary>A person's age without a unit: "aged 36", or a whole number between commas right after a capitalised
    /// name ("Robert Buckley, 32, died", "Anna Lind, 41."), the English way of giving an age in apposition.</summary>
    private static bool IsAge(IReadOnlyList<QuantityToken> tokens, ReadNumber number)
    {
        const int OldestAge = 120;
        var value = tokens[number.First].Kind == QuantityTokenKind.Digits ? NumberWords.ParseDigits(tokens[number.First].Text) : null;
        if (number.First != number.Last || value is not { } age || age < 1 || age >= OldestAge || age != Math.Floor(age))
        {
            return false;
        }

        var first = number.First;
        if (first >= 1 && tokens[first - 1].Lower == MeasureWords.AgedWord)
        {
            return true;
        }

        var next = number.Last + 1 < tokens.Count ? tokens[number.Last + 1] : null;
        var nameEnd = first - 2;
        if (nameEnd >= 1 && tokens[nameEnd] is { Text: ".", Attached: true } && tokens[nameEnd - 1] is { Kind: QuantityTokenKind.Word } suffix
            && Abbreviations.IsNameSuffix(suffix.Text))
        {
            // "Arden Vale Jr., 52,": a name that ends with an abbreviated suffix.
            nameEnd--;
        }

        return first >= 2 && tokens[first - 1].Text == "," && tokens[nameEnd] is { Kind: QuantityTokenKind.Word } name
            && name.Text.Length > 1 && char.IsUpper(name.Text[0]) && !FunctionWords.Contains(name.Lower) && TimeWords.Zone(name.Text) is null
            && !TimeWords.IsCalendarWord(name.Lower)
            && (next is null || next.Text is "," or "." or ";" or ")");
    }

    /// <summary>"one" as a pronoun ("one of the", "no one", "the one who"), not a count.</summary>
    private static bool IsPronounOne(IReadOnlyList<QuantityToken> tokens, ReadNumber number)
    {
        if (number.First != number.Last || tokens[number.First].Lower != "one")
        {
            return false;
        }

        var previous = number.First > 0 ? tokens[number.First - 1].Lower : "";
        var next = number.Last + 1 < tokens.Count ? tokens[number.Last + 1] : null;
        return previous is "no" or "the" or "every" or "any" or "some" or "this" or "that"
            || next is null || !next.SpaceBefore || next.Kind != QuantityTokenKind.Word || FunctionWords.Contains(next.Lower) || next.Lower == "another";
    }
}
