using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks reported uncertainty: modal "may/might/could", hedging adverbs and adjectives ("reportedly",
/// "allegedly", "unconfirmed"), "appears/seems to", and impersonal reporting ("it is said", "is believed to").</summary>
internal static class HedgeDetector
{
    public static bool IsHedged(SentenceTokens s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = s.Text(i);
            if ((s.Classes[i] == WordClass.Modal && HedgeWords.Modals.Contains(word)) || HedgeWords.Qualifiers.Contains(word))
            {
                return true;
            }

            if (s.Classes[i] == WordClass.Verb && (s.Is(i + 1, "to") || s.Is(i + 1, "that")) && HedgeWords.SeemVerbs.Contains(s.VerbLemma(i)))
            {
                return true;
            }

            if (HedgeWords.ImpersonalParticiples.Contains(word) && FollowsFormOfBe(s, i, from))
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
