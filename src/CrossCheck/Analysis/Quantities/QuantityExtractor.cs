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
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Read(text, tokens, i, sentence.Index) is { } found)
                {
                    quantities.Add(found.Mention);
                    i = found.Last;
                }
            }
        }

        return quantities;
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
