using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Splits a sentence into independent clauses at ";", ", and", ", but", ", yet", a bare "but" and a contrast
/// after a comma (", while", ", whereas", ", although", ", though"), only when both sides have their own subject and
/// finite verb (the right side may open with a fronted adverbial clause: "..., and since the club had no timeouts left,
/// ten seconds ran off"). A contrast after a report ("The union says ..., while ...") stays with the report. Lists
/// ("drug and weapons smuggling, and infiltration by ultranationalists"), shared subjects ("accused X and warned Y"),
/// a bare "and" ("Three people died and a fisherman is missing" reads as one report) and quotations stay whole.</summary>
internal static class ClauseSplitter
{
    private const int MaxSubjectTokens = 8;

    /// <summary>The longest fronted adverbial clause read after a coordinator, in tokens.</summary>
    private const int MaxFrontedClause = 16;

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

            // "The union says wages have not risen, while prices rose by 18 percent": the contrast is the speaker's
            // argument, part of what the report credits to them, so it stays with the report.
            if (IsContrast(s, k) && OpensWithReport(s, clauseStart, k))
            {
                continue;
            }

            if (HasSubjectAndFiniteVerb(s, clauseStart, k) && StartsWithClause(s, rightStart))
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

        if (IsContrast(s, k))
        {
            rightStart = s.Is(k + 1, "even") ? k + 3 : k + 2;
            return true;
        }

        // A bare "but" joins two statements as ", but" does ("The crew reached the ridge but the storm turned them
        // back"); a bare "and" does not split (decision 19).
        if (s.Is(k, "but") && s.Text(k - 1) != ",")
        {
            rightStart = k + 1;
            return true;
        }

        return false;
    }

    /// <summary>A comma and "while", "whereas", "although", "though" or "even though": a second statement set beside
    /// the first ("..., while a second man was shot in the arm").</summary>
    private static bool IsContrast(SentenceTokens s, int k) =>
        s.Text(k) == "," && k + 1 < s.Count
        && (ClosedClassWords.JoinsContrastedStatement(s.Text(k + 1)) || (s.Is(k + 1, "even") && s.Is(k + 2, "though")));

    /// <summary>The right side opens a clause: a subject and a finite verb, or a fronted adverbial clause and then
    /// its main clause ("..., and since the club had no timeouts left, ten seconds ran off").</summary>
    private static bool StartsWithClause(SentenceTokens s, int start)
    {
        if (StartsWithSubjectAndFiniteVerb(s, start))
        {
            return true;
        }

        if (start >= s.Count - 1 || !ClosedClassWords.OpensBackgroundClause(s.Text(start))
            || !StartsWithSubjectAndFiniteVerb(s, start + 1))
        {
            return false;
        }

        for (var c = start + 2; c < s.Count - 1 && c - start <= MaxFrontedClause; c++)
        {
            if (s.Text(c) == ",")
            {
                return !s.IsInsideQuotation(c) && StartsWithSubjectAndFiniteVerb(s, c + 1);
            }

            if (s.Text(c) == ";")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The clause opens with its subject and a reporting verb ("The union says ...", "Police said ...").</summary>
    private static bool OpensWithReport(SentenceTokens s, int from, int to) =>
        FiniteVerbAfterSubject(s, from, to) is var verb and >= 0
        && ReportingVerbs.Lemmas.Contains(s.VerbLemma(verb)) && !s.Is(verb + 1, "to");

    private static bool IsClauseCoordinator(SentenceTokens s, int index) => s.Is(index, "and") || s.Is(index, "but") || s.Is(index, "yet");

    /// <summary>The left side needs a finite verb after some subject.</summary>
    private static bool HasSubjectAndFiniteVerb(SentenceTokens s, int from, int to) => FiniteVerbAfterSubject(s, from, to) >= 0;

    /// <summary>The first finite verb after some subject (a pronoun, noun, name or number) in [from, to), or -1.</summary>
    private static int FiniteVerbAfterSubject(SentenceTokens s, int from, int to)
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
                return i;
            }
        }

        return -1;
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
        while (j < s.Count && length < MaxSubjectTokens && (s.IsNominal(j) || IsCompoundHyphen(s, j, length)))
        {
            hasHead |= s.Classes[j] is WordClass.Noun or WordClass.ProperNoun or WordClass.Number;
            j++;
            length++;
        }

        return j;
    }

    /// <summary>A hyphen inside a compound modifier ("a 31-year-old mother", "a ten - tonne lorry"): nominal words on
    /// both sides.</summary>
    private static bool IsCompoundHyphen(SentenceTokens s, int j, int length) =>
        length > 0 && s.Text(j) is "-" or "\u2010" or "\u2011" && j + 1 < s.Count && s.IsNominal(j + 1);

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
