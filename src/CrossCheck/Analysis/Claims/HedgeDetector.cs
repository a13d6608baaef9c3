using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks reported uncertainty: modal "may/might/could", hedging adverbs and adjectives ("reportedly",
/// "allegedly", "unconfirmed"), "appears/seems to", impersonal reporting ("it is said", "is believed to"), and a
/// negated predicate of knowing ("is not yet clear", "isn't sure", <see cref="NegationWords.NegatesUncertainty"/>).</summary>
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

            if (s.Classes[i] == WordClass.Verb && HedgeWords.SeemVerbs.Contains(s.VerbLemma(i))
                && (s.Is(i + 1, "to") || s.Is(i + 1, "that") || (HasImpersonalSubject(s, i, from) && StartsClause(s, i + 1))))
            {
                return true;
            }

            if (NegationWords.IsPolarityCue(word.ToLowerInvariant())
                && NegationWords.NegatesUncertainty(i, k => k >= from && k < to ? s.Text(k).ToLowerInvariant() : null))
            {
                return true; // "it was not immediately clear whether", "police are not sure what caused"
            }

            if (HedgeWords.AttributiveParticiples.Contains(word) && (s.Is(i - 1, "a") || s.Is(i - 1, "an")))
            {
                return true; // "for a reported $30 million", "a rumoured takeover"
            }

            if (HedgeWords.ImpersonalParticiples.Contains(word) && (FollowsFormOfBe(s, i, from) || FollowsItsNoun(s, i, from)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"It would appear the fire started outside", "it seems the talks failed": "it" before the verb, with
    /// modals and adverbs between.</summary>
    private static bool HasImpersonalSubject(SentenceTokens s, int verb, int from)
    {
        var j = verb - 1;
        while (j >= from && s.Classes[j] is WordClass.Modal or WordClass.Adverb or WordClass.Auxiliary)
        {
            j--;
        }

        return j >= from && s.Is(j, "it");
    }

    /// <summary>A clause with no "that" follows ("appear the fire started"), not a place or a complement ("appeared on").</summary>
    private static bool StartsClause(SentenceTokens s, int i) =>
        i < s.Count && s.Classes[i] is WordClass.Determiner or WordClass.Pronoun or WordClass.Noun or WordClass.ProperNoun or WordClass.Number;

    /// <summary>A participle right after the noun it describes and before "to" ("a revolver believed to be the weapon",
    /// "a man thought to have fled"): an impersonal report in a reduced relative clause.</summary>
    private static bool FollowsItsNoun(SentenceTokens s, int i, int from) =>
        i - 1 >= from && s.Is(i + 1, "to") && s.Classes[i - 1] is WordClass.Noun or WordClass.ProperNoun;

    private static bool FollowsFormOfBe(SentenceTokens s, int i, int from)
    {
        var j = i - 1;
        while (j >= from && s.Classes[j] == WordClass.Adverb)
        {
            j--;
        }

        return j >= from && ClosedClassWords.IsFormOfBe(s.Text(j));
    }
}
