using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>Guesses whether an expression refers back or forward in time from the verbs around it in its
/// sentence: the nearest tense marker before it wins, else the nearest after it. News is mostly past tense,
/// so "Friday" next to "said" is the Friday just gone.</summary>
internal static partial class TenseDetector
{
    private static readonly FrozenSet<string> FutureWords = FrozenSet.ToFrozenSet(
        ["will", "ll", "shall", "can", "upcoming", "due", "scheduled", "expected", "expects", "expect", "plans", "plan",
         "intends", "until", "till", "through", "next", "tomorrow", "would", "soon", "aims", "hopes", "going"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that point forward only when they govern the expression ("until Friday",
    /// "through March"); elsewhere they are spatial ("swept through the town on Monday").</summary>
    private static readonly FrozenSet<string> BoundaryPrepositions = FrozenSet.ToFrozenSet(
        ["until", "till", "through"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastWords = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier", "previously", "since",
         "has", "have", "went", "came", "took", "gave", "made", "met", "saw", "began", "fled", "left", "lost", "won",
         "fell", "held", "found", "got", "became", "wrote", "sent", "spent", "built", "brought", "thought", "ran",
         "rose", "struck", "sold", "bought", "paid", "led", "flew", "broke", "spoke", "chose", "drove", "grew",
         "knew", "kept", "meant", "stood", "taught", "threw", "fought", "caught", "shot", "stole", "tore", "wore",
         "hit", "quit", "shut", "split", "swept", "sought", "sank", "drew", "dealt", "felt", "heard", "laid"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotPastParticiples = FrozenSet.ToFrozenSet(
        ["need", "speed", "feed", "seed", "indeed", "bed", "red", "shed", "proceed", "exceed", "succeed", "embed",
         "hundred", "breed", "weed", "greed", "deed", "bleed", "creed", "sacred", "kindred", "wicked", "naked",
         "rugged", "ragged", "beloved", "learned"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(
        ["be", "been", "being", "is", "are", "am", "s", "get", "gets", "getting"], StringComparer.OrdinalIgnoreCase);

    public static TenseDirection Detect(string text, int windowStart, int windowEnd, int spanStart, int spanEnd)
    {
        var before = Words().Matches(text[windowStart..spanStart]);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (i < before.Count - 1 && BoundaryPrepositions.Contains(before[i].Value))
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
            if (BoundaryPrepositions.Contains(after[i].Value))
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

        if (FutureWords.Contains(word))
        {
            return TenseDirection.Future;
        }

        var pastForm = PastWords.Contains(word)
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPastParticiples.Contains(word));
        if (!pastForm)
        {
            return TenseDirection.Unknown;
        }

        // "to be published", "is expected": a participle after a form of "be" is not a past tense.
        return previous is not null && BeForms.Contains(previous) && !word.Equals("had", StringComparison.OrdinalIgnoreCase)
            ? TenseDirection.Unknown
            : TenseDirection.Past;
    }

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
