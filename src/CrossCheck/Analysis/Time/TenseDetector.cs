using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Guesses whether an expression refers back or forward in time from the verbs around it in its
/// sentence: the nearest tense marker before it wins, else the nearest after it. News is mostly past tense,
/// so "Friday" next to "said" is the Friday just gone.</summary>
internal static partial class TenseDetector
{
    public static TenseDirection Detect(string text, int windowStart, int windowEnd, int spanStart, int spanEnd)
    {
        var before = Words().Matches(text[windowStart..spanStart]);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (i < before.Count - 1 && TenseWords.BoundaryPrepositions.Contains(before[i].Value))
            {
                continue;
            }

            var previous = i > 0 ? before[i - 1].Value : null;
            var tense = Classify(before[i].Value, previous, i + 1 < before.Count ? before[i + 1].Value : null);
            if (tense != TenseDirection.Unknown)
            {
                return tense;
            }
        }

        var after = Words().Matches(text[spanEnd..windowEnd]);
        for (var i = 0; i < after.Count; i++)
        {
            if (TenseWords.BoundaryPrepositions.Contains(after[i].Value))
            {
                continue;
            }

            var previous = i > 0 ? after[i - 1].Value : null;
            var tense = Classify(after[i].Value, previous, i + 1 < after.Count ? after[i + 1].Value : null);
            if (tense != TenseDirection.Unknown)
            {
                return tense;
            }
        }

        return TenseDirection.Unknown;
    }

    private static TenseDirection Classify(string word, string? previous, string? next)
    {
        if (word.Equals("going", StringComparison.OrdinalIgnoreCase))
        {
            return next is not null && next.Equals("to", StringComparison.OrdinalIgnoreCase) ? TenseDirection.Future : TenseDirection.Unknown;
        }

        if (word.Equals("won", StringComparison.OrdinalIgnoreCase) && next is "t")
        {
            return TenseDirection.Future;
        }

        if (TenseWords.Future.Contains(word)
            || (previous is not null && TenseWords.PassiveAuxiliaries.Contains(previous) && TenseWords.Scheduled.Contains(word)))
        {
            return TenseDirection.Future;
        }

        var pastForm = TenseWords.Past.Contains(word)
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !TenseWords.NotPastParticiples.Contains(word));
        if (!pastForm)
        {
            return TenseDirection.Unknown;
        }

        // "to be published", "is expected": a participle after a form of "be" is not a past tense; nor is one after
        // a determiner ("will tour the flooded district", "its revised forecast"): that is an adjective.
        return previous is not null
            && ((TenseWords.PassiveAuxiliaries.Contains(previous) && !word.Equals("had", StringComparison.OrdinalIgnoreCase))
                || ClosedClassWords.IsNounPhraseDeterminer(previous))
            ? TenseDirection.Unknown
            : TenseDirection.Past;
    }

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
