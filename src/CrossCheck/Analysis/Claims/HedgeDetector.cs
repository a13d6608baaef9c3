using System.Collections.Frozen;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks reported uncertainty: modal "may/might/could", hedging adverbs and adjectives ("reportedly",
/// "allegedly", "unconfirmed"), "appears/seems to", and impersonal reporting ("it is said", "is believed to").</summary>
internal static class HedgeDetector
{
    private static readonly FrozenSet<string> HedgingModals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "may", "might", "could");

    private static readonly FrozenSet<string> HedgingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably", "perhaps",
        "presumably", "seemingly", "likely", "unlikely", "unconfirmed", "unverified", "alleged", "suspected", "rumoured",
        "rumored", "ostensibly", "maybe");

    /// <summary>Verbs that hedge when followed by "to" or "that" ("appears to", "seems that").</summary>
    private static readonly FrozenSet<string> SeemVerbs = FrozenSet.Create(StringComparer.Ordinal, "appear", "seem");

    /// <summary>Participles that make an impersonal report after a form of "be" ("is said", "are believed").</summary>
    private static readonly FrozenSet<string> ImpersonalParticiples = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "believed", "thought", "reported", "alleged", "rumoured", "rumored", "understood", "expected",
        "feared", "claimed", "suspected", "estimated", "presumed", "supposed");

    public static bool IsHedged(SentenceTokens s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = s.Text(i);
            if ((s.Classes[i] == WordClass.Modal && HedgingModals.Contains(word)) || HedgingWords.Contains(word))
            {
                return true;
            }

            if (s.Classes[i] == WordClass.Verb && (s.Is(i + 1, "to") || s.Is(i + 1, "that")) && SeemVerbs.Contains(s.VerbLemma(i)))
            {
                return true;
            }

            if (ImpersonalParticiples.Contains(word) && FollowsFormOfBe(s, i, from))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsFormOfBe(SentenceTokens s, int i, int from)
    {
        var j = i - 1;
        while (j >= from && s.Classes[j] == WordClass.Adverb)
        {
            j--;
        }

        return j >= from && s.Text(j).ToLowerInvariant() is "is" or "are" or "was" or "were" or "been" or "being" or "be";
    }
}
