using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Splits a sentence into independent clauses at ";", ", and", ", but" and ", yet", only when both sides
/// have their own subject and finite verb. Lists ("drug and weapons smuggling, and infiltration by
/// ultranationalists"), shared subjects ("accused X and warned Y"), a bare "and" ("Three people died and a
/// fisherman is missing" reads as one report) and quotations stay whole.</summary>
internal static class ClauseSplitter
{
    private const int MaxSubjectTokens = 8;

    /// <summary>A subject with its prepositional modifiers ("the standoff between the union and the port operator").</summary>
    private const int MaxSubjectWithModifiers = 14;

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
            var end = ReadNounPhrase(s, j, out var hasHead);
            if (!hasHead)
            {
                return false;
            }

            // A finite verb right after the head ("the victims lived"); else the head may carry prepositional
            // phrases ("most of the victims", "growers in the south", "the talks between the union and the
            // company"), whose objects may be coordinated.
            if (!FiniteVerbAt(s, SkipAdverbs(s, end)))
            {
                end = ReadPrepositionalPhrases(s, start, end);
            }

            j = end;
        }

        if (j < s.Count && s.PlaceAppositionClosing(j) is var closing and >= 0)
        {
            j = closing + 1; // "but the survey in Golden, Colo., said ..."
        }

        j = SkipAdverbs(s, j);
        return j < s.Count && s.IsFiniteVerb(j);
    }

    private static bool FiniteVerbAt(SentenceTokens s, int j) => j < s.Count && s.IsFiniteVerb(j);

    private static int ReadNounPhrase(SentenceTokens s, int j, out bool hasHead)
    {
        var length = 0;
        hasHead = false;
        while (j < s.Count && length < MaxSubjectTokens && s.IsNominal(j))
        {
            hasHead |= s.Classes[j] is WordClass.Noun or WordClass.ProperNoun or WordClass.Number;
            j++;
            length++;
        }

        return j;
    }

    private static int ReadPrepositionalPhrases(SentenceTokens s, int start, int j)
    {
        while (j < s.Count && j - start < MaxSubjectWithModifiers && s.Classes[j] == WordClass.Preposition
            && !s.IsInsideQuotation(j))
        {
            var end = ReadNounPhrase(s, j + 1, out var hasHead);
            if (!hasHead)
            {
                return j;
            }

            while (end < s.Count - 1 && s.Is(end, "and") && s.IsNominal(end + 1))
            {
                var next = ReadNounPhrase(s, end + 1, out var coordinatedHead);
                if (!coordinatedHead)
                {
                    break;
                }

                end = next;
            }

            j = end;
            if (FiniteVerbAt(s, SkipAdverbs(s, j)))
            {
                return j;
            }
        }

        return j;
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
