using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks negated claims: "not", "n't", "never", "no", "none", "nobody", "nothing", "neither/nor", and
/// finite negative verbs ("denied", "refused to", "failed to", "declined to"). "Not only" is not a negation and
/// "No." before a number is an abbreviation.</summary>
internal static class NegationDetector
{
    public static bool IsNegated(SentenceTokens s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = s.Text(i);
            if (NegationWords.Negators.Contains(word) && !IsNotOnly(s, i) && !IsNumberAbbreviation(s, i))
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
                if (NegationWords.DenyingVerbs.Contains(lemma) || (NegationWords.RefusingVerbs.Contains(lemma) && s.Is(i + 1, "to")))
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
