using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>A place in a ranking: "17th in the league", "third in the standings", "finished 2nd", "in 4th
/// place". Ordinals are otherwise left out (dates, centuries, "the third quarter"); a rank is a checkable figure
/// ("17th in the league" and "18th in the table" cannot both be true), read with the unit "rank".</summary>
internal static class RankReader
{
    public const string Unit = QuantityUnits.RankUnit;

    /// <summary>The rank starting at token <paramref name="i"/>: its value and last token, or null.</summary>
    public static (double Value, int Last)? Read(IReadOnlyList<QuantityToken> tokens, int i)
    {
        double value;
        int last;
        if (tokens[i].Kind == QuantityTokenKind.Digits && i + 1 < tokens.Count && tokens[i + 1].Attached
            && NumberWords.OrdinalSuffixes.Contains(tokens[i + 1].Lower) && NumberWords.ParseDigits(tokens[i].Text) is { } digits)
        {
            (value, last) = (digits, i + 1);
        }
        else if (NumberWords.RankOrdinal(tokens[i].Lower) is { } word)
        {
            (value, last) = (word, i);
        }
        else
        {
            return null;
        }

        return IsRanking(tokens, last + 1) ? (value, last) : null;
    }

    /// <summary>"in the league", "in the table", "on the list", "place", "position" right after the ordinal.</summary>
    private static bool IsRanking(IReadOnlyList<QuantityToken> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower is "place" or "position" or "spot")
        {
            return true;
        }

        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("in" or "on"))
        {
            return false;
        }

        var noun = tokens[k + 1].Lower == "the" && k + 2 < tokens.Count ? k + 2 : k + 1;
        // "17th in the Premier League": the ranking noun may follow a name.
        for (var n = noun; n < Math.Min(tokens.Count, noun + 3); n++)
        {
            if (NumberWords.RankingNouns.Contains(tokens[n].Lower))
            {
                return true;
            }

            if (tokens[n].Kind != QuantityTokenKind.Word || !char.IsUpper(tokens[n].Text[0]))
            {
                break;
            }
        }

        return false;
    }
}
