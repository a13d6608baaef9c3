using System.Collections.Frozen;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks negated claims: "not", "n't", "never", "no", "none", "nobody", "nothing", "neither/nor", and
/// finite negative verbs ("denied", "refused to", "failed to", "declined to"). "Not only" is not a negation and
/// "No." before a number is an abbreviation.</summary>
internal static class NegationDetector
{
    private static readonly FrozenSet<string> NegativeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "nowhere");

    /// <summary>Negative verbs that negate on their own ("deny").</summary>
    private static readonly FrozenSet<string> DenyingVerbs = FrozenSet.Create(StringComparer.Ordinal, "deny", "reject");

    /// <summary>Negative verbs that negate an infinitive ("refused to recognise").</summary>
    private static readonly FrozenSet<string> RefusingVerbs = FrozenSet.Create(StringComparer.Ordinal, "refuse", "decline", "fail", "neglect");

    public static bool IsNegated(SentenceTokens s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = s.Text(i);
            if (NegativeWords.Contains(word) && !IsNotOnly(s, i) && !IsNumberAbbreviation(s, i))
            {
                return true;
            }

            if (s.Tokens[i].Kind == TokenKind.Word && ClosedClassWords.IsNegativeContraction(word))
            {
                return true;
            }

            if (s.Classes[i] == WordClass.Verb && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                var lemma = s.VerbLemma(i);
                if (DenyingVerbs.Contains(lemma) || (RefusingVerbs.Contains(lemma) && s.Is(i + 1, "to")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNotOnly(SentenceTokens s, int i) => s.Is(i, "not") && s.Is(i + 1, "only");

    private static bool IsNumberAbbreviation(SentenceTokens s, int i) =>
        s.Is(i, "no") && s.Is(i + 1, ".") && i + 2 < s.Count && s.Tokens[i + 2].Kind == TokenKind.Number;
}
