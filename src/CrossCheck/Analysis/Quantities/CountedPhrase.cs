using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>What a number counts: the noun phrase after it up to its plural head ("50,000 ethnic Serbs"
/// → "ethnic Serbs", "at least 30 armed men" → "armed men"), or from the sentence ("The number of NATO
/// troops ... was raised to 4,500" → "NATO troops").</summary>
internal static class CountedPhrase
{
    private const int MaxWords = 4;

    public static bool IsPlural(string lower)
    {
        if (NumberWords.CollectiveNouns.Contains(lower) || Gazetteer.Default.IsIrregularPlural(lower) || IsManCompoundPlural(lower))
        {
            return true;
        }

        return lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)
            && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal)
            && !FunctionWords.Contains(lower);
    }

    /// <summary>A compound in "-men" whose singular in "-man" WordNet knows ("fishermen", "crewmen", "firemen"):
    /// WordNet forms these by rule, so they are not among its listed irregular plurals; a singular that ends in
    /// "men" ("specimen", "abdomen") is its own lemma.</summary>
    private static bool IsManCompoundPlural(string lower) =>
        lower.Length > 5 && lower.EndsWith("men", StringComparison.Ordinal)
        && string.Equals(Lexicon.Default.Lemma(lower, PartOfSpeech.Noun), lower[..^3] + "man", StringComparison.Ordinal);

    /// <summary>The counted phrase starting at token <paramref name="next"/>; singular only when
    /// <paramref name="singular"/> ("one soldier").</summary>
    public static (int First, int Last)? After(IReadOnlyList<QuantityToken> tokens, int next, bool singular)
    {
        var k = next;
        if (k < tokens.Count && tokens[k].Lower == "of" && tokens[k].SpaceBefore)
        {
            k++;
            if (k < tokens.Count && tokens[k].Lower is "the" or "its" or "their" or "his" or "her" or "our" or "these" or "those")
            {
                k++;
            }
        }

        var window = MaxWords;
        for (var j = k; j < Math.Min(tokens.Count, k + window); j++)
        {
            var token = tokens[j];

            // A model number after a capitalised name is part of the name ("60,000 Tarnwell Brio 300 electric
            // kettles"): the counted noun comes after it.
            if (token.Kind == QuantityTokenKind.Digits && token.SpaceBefore && j > k && tokens[j - 1].Kind == QuantityTokenKind.Word
                && char.IsUpper(tokens[j - 1].Text[0]))
            {
                window++;
                continue;
            }

            if (token.Kind != QuantityTokenKind.Word || !token.SpaceBefore || FunctionWords.Contains(token.Lower)
                || NumberWords.IsUnit(token.Lower) || NumberWords.IsScale(token.Lower))
            {
                break;
            }

            if (IsPlural(token.Lower))
            {
                while (j + 1 < tokens.Count && tokens[j + 1].Kind == QuantityTokenKind.Word && tokens[j + 1].SpaceBefore
                       && IsPlural(tokens[j + 1].Lower))
                {
                    j++;
                }

                return (k, j);
            }

            if (j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore && tokens[j + 1].Text != "-")
            {
                break;
            }
        }

        return singular && k < tokens.Count && tokens[k].Kind == QuantityTokenKind.Word && tokens[k].SpaceBefore
               && !FunctionWords.Contains(tokens[k].Lower) && !NumberWords.IsUnit(tokens[k].Lower)
            ? (k, k)
            : null;
    }

    /// <summary>"a crew of 14", "a force of 4,500": the noun right before "of".</summary>
    public static (int First, int Last)? Before(IReadOnlyList<QuantityToken> tokens, int first)
    {
        var of = first - 1;
        if (of < 1 || tokens[of].Lower != "of" || !tokens[first].SpaceBefore || !tokens[of].SpaceBefore)
        {
            return null;
        }

        var noun = tokens[of - 1];
        return noun.Kind == QuantityTokenKind.Word && !FunctionWords.Contains(noun.Lower) && !NumberWords.CountingNouns.Contains(noun.Lower)
               && !NumberWords.IsUnit(noun.Lower) && tokens[of - 2 >= 0 ? of - 2 : 0].Lower is "a" or "an" or "the" or "its" or "their"
            ? (of - 1, of - 1)
            : null;
    }

    /// <summary>"the number of NATO troops" earlier in the sentence.</summary>
    public static (int First, int Last)? FromContext(IReadOnlyList<QuantityToken> tokens, int before)
    {
        for (var k = before - 2; k >= 0; k--)
        {
            if (NumberWords.CountingNouns.Contains(tokens[k].Lower) && tokens[k + 1].Lower == "of" && After(tokens, k + 1, singular: false) is { } phrase)
            {
                return phrase;
            }
        }

        return null;
    }
}
