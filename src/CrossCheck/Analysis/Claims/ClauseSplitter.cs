using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Splits a sentence into independent clauses at ";", ", and", ", but" and ", yet", only when both sides
/// have their own subject and finite verb. Lists ("drug and weapons smuggling, and infiltration by
/// ultranationalists"), shared subjects ("accused X and warned Y"), a bare "and" ("Three people died and a
/// fisherman is missing" reads as one report) and quotations stay whole.</summary>
internal static class ClauseSplitter
{
    private const int MaxSubjectTokens = 8;

    /// <summary>Token ranges [From, To) of the clauses; separators (";", ", and") belong to no clause.</summary>
    public static List<(int From, int To)> Split(SentenceTokens s)
    {
        var clauses = new List<(int From, int To)>();
        var clauseStart = 0;
        for (var k = 1; k < s.Count - 1; k++)
        {
            if (s.IsInsideQuotation(k) || !TryReadSeparator(s, k, out var rightStart))
            {
                continue;
            }

            if (HasSubjectAndFiniteVerb(s, clauseStart, k) && StartsWithSubjectAndFiniteVerb(s, rightStart))
            {
                clauses.Add((clauseStart, k));
                clauseStart = rightStart;
                k = rightStart - 1;
            }
        }

        clauses.Add((clauseStart, s.Count));
        return clauses;
    }

    private static bool TryReadSeparator(SentenceTokens s, int k, out int rightStart)
    {
        rightStart = k + 1;
        if (s.Text(k) == ";")
        {
            return true;
        }

        if (s.Text(k) == "," && IsClauseCoordinator(s, k + 1))
        {
            rightStart = k + 2;
            return true;
        }

        return false;
    }

    private static bool IsClauseCoordinator(SentenceTokens s, int index) => s.Is(index, "and") || s.Is(index, "but") || s.Is(index, "yet");

    /// <summary>The left side needs a finite verb after some subject.</summary>
    private static bool HasSubjectAndFiniteVerb(SentenceTokens s, int from, int to)
    {
        var sawSubject = false;
        for (var i = from; i < to; i++)
        {
            if (s.Classes[i] is WordClass.Pronoun or WordClass.Noun or WordClass.ProperNoun or WordClass.Number)
            {
                sawSubject = true;
            }
            else if (sawSubject && s.IsFiniteVerb(i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithSubjectAndFiniteVerb(SentenceTokens s, int start)
    {
        var j = SkipAdverbs(s, start);
        if (j >= s.Count || IsRelativeOrComplementiser(s, j))
        {
            return false;
        }

        if (s.Classes[j] == WordClass.Pronoun)
        {
            j++;
        }
        else
        {
            var subjectLength = 0;
            var hasHead = false;
            while (j < s.Count && subjectLength < MaxSubjectTokens && s.IsNominal(j))
            {
                hasHead |= s.Classes[j] is WordClass.Noun or WordClass.ProperNoun or WordClass.Number;
                j++;
                subjectLength++;
            }

            if (!hasHead)
            {
                return false;
            }
        }

        j = SkipAdverbs(s, j);
        return j < s.Count && s.IsFiniteVerb(j);
    }

    private static bool IsRelativeOrComplementiser(SentenceTokens s, int i) =>
        s.Is(i, "that") || s.Is(i, "which") || s.Is(i, "who") || s.Is(i, "whom") || s.Is(i, "whose");

    private static int SkipAdverbs(SentenceTokens s, int j)
    {
        while (j < s.Count && s.Classes[j] == WordClass.Adverb)
        {
            j++;
        }

        return j;
    }
}
