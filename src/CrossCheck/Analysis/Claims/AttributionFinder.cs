using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Finds who a clause credits: "according to X", "X said/told/reported/denied ...", "..., said X".
/// A pronoun subject ("he said") takes the last named speaker of the article; impersonal and passive forms
/// ("it is said") credit nobody and are left to <see cref="HedgeDetector"/>.</summary>
internal sealed class AttributionFinder(string text)
{
    private const int MaxSourceTokens = 8;

    /// <summary>A subject with the prepositional phrases that modify it ("a statement from the Texas Department of
    /// Criminal Justice").</summary>
    private const int MaxSourceWithModifiers = 12;

    private const int MaxPostModifiers = 2;

    /// <summary>The last named subject of a communication verb, for resolving "he said".</summary>
    public string? LastSpeaker { get; private set; }

    public string? AccordingTo(SentenceTokens s, int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if (s.Is(i, "according") && s.Is(i + 1, "to"))
            {
                return SourceAfter(s, i + 2, to);
            }
        }

        return null;
    }

    /// <summary>The source credited by a reporting verb in [from, to), or null. <paramref name="parenthetical"/>
    /// tells whether the verb closes the sentence after a comma or quote ("..., Rama said."), so that it covers
    /// every clause of the sentence.</summary>
    public string? ReportedBy(SentenceTokens s, int from, int to, out bool parenthetical)
    {
        parenthetical = false;
        for (var i = from; i < to; i++)
        {
            if (s.Classes[i] != WordClass.Verb || s.IsInsideQuotation(i) || s.Text(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "a revolver believed to be the weapon", "he is said to have fled": a raising verb before "to" credits nobody
            var isReporting = ReportingVerbs.Lemmas.Contains(s.VerbLemma(i)) && !s.Is(i + 1, "to");
            var subjectEnd = SkipBackOverTimePhrase(s, SkipBackOverInsertion(s, SkipBackOverAuxiliaries(s, i - 1, from, out var passive), from), from);
            var subjectStart = SubjectStart(s, subjectEnd, from);
            if (RelativeClauseHead(s, subjectStart, from) is var head and >= 0)
            {
                // "The officer who fired the shot says ...": the subject is the noun the clause describes.
                subjectEnd = head;
                subjectStart = SubjectStart(s, head, from);
            }

            if (subjectStart <= subjectEnd && !IsRelativeClause(s, subjectStart - 1))
            {
                var source = ResolveSubject(s, subjectStart, subjectEnd);
                Remember(s, i, subjectStart, subjectEnd);
                if (isReporting && !passive && source is not null)
                {
                    parenthetical = IsParenthetical(s, subjectStart - 1, i + 1, to);
                    return source;
                }
            }
            else if (isReporting && subjectStart > subjectEnd && IsSentenceFinalInversion(s, i, from, to))
            {
                parenthetical = true;
                return SourceAfter(s, i + 1, to);
            }
        }

        return null;
    }

    private void Remember(SentenceTokens s, int verb, int subjectStart, int subjectEnd)
    {
        var named = false;
        for (var j = subjectStart; j <= subjectEnd; j++)
        {
            named |= s.Classes[j] == WordClass.ProperNoun;
        }

        if (named && s.Lexicon.IsCommunicationVerb(s.Text(verb)))
        {
            LastSpeaker = Slice(s, subjectStart, subjectEnd);
        }
    }

    private string? ResolveSubject(SentenceTokens s, int start, int end)
    {
        if (start == end && s.Classes[start] == WordClass.Pronoun)
        {
            return ReportingVerbs.PersonalPronouns.Contains(s.Text(start)) ? LastSpeaker : null;
        }

        return Slice(s, start, end);
    }

    /// <summary>Skips adverbs, negation and auxiliaries before a verb ("has urged", "did not see"); reports a
    /// passive when a form of "be" is among them ("it is said").</summary>
    private static int SkipBackOverAuxiliaries(SentenceTokens s, int j, int from, out bool passive)
    {
        passive = false;
        while (j >= from && s.Classes[j] is WordClass.Adverb or WordClass.Auxiliary or WordClass.Modal or WordClass.Negation)
        {
            passive |= s.Classes[j] == WordClass.Auxiliary && ClosedClassWords.IsFormOfBe(s.Text(j));
            j--;
        }

        return j;
    }

    /// <summary>The first token of the subject ending at <paramref name="end"/> (inclusive): one pronoun, or a run of
    /// nominal tokens and possessives ("NATO Secretary General Jens Stoltenberg", "the Serbian side").</summary>
    private static int SubjectStart(SentenceTokens s, int end, int from)
    {
        if (end < from)
        {
            return end + 1;
        }

        if (s.Classes[end] == WordClass.Pronoun)
        {
            return end;
        }

        var start = NominalRunStart(s, end, from, end - MaxSourceTokens + 1);
        start = WithPostModifiers(s, start, end, from);
        while (start <= end && s.Classes[start] == WordClass.Determiner && start < end)
        {
            start++;
        }

        return start <= end && s.Classes[end] is WordClass.Noun or WordClass.ProperNoun ? start : end + 1;
    }

    /// <summary>Steps back over a time phrase between the subject and its verb ("An NFL spokesman on Wednesday said",
    /// "police late on Tuesday said"): a preposition followed only by words of time, determiners and numbers.</summary>
    private static int SkipBackOverTimePhrase(SentenceTokens s, int end, int from)
    {
        if (end < from || !TimeWords.IsTimeNoun(s.Text(end).ToLowerInvariant()))
        {
            return end;
        }

        var j = end;
        while (j >= from && (TimeWords.IsTimeNoun(s.Text(j).ToLowerInvariant()) || s.Classes[j] is WordClass.Determiner or WordClass.Number or WordClass.Adjective))
        {
            j--;
        }

        return j > from && s.Classes[j] == WordClass.Preposition && s.Classes[j - 1] is WordClass.Noun or WordClass.ProperNoun ? j - 1 : end;
    }

    /// <summary>The first token of the run of nominal tokens ending at <paramref name="end"/>, going back no further
    /// than <paramref name="limit"/>. A word of time ends the run ("Earlier in the day police said": the subject is
    /// "police"), unless it is the run's own head.</summary>
    private static int NominalRunStart(SentenceTokens s, int end, int from, int limit)
    {
        var start = end + 1;
        while (start - 1 >= Math.Max(from, limit))
        {
            if (start <= end && TimeWords.IsTimeNoun(s.Text(start - 1).ToLowerInvariant()))
            {
                break;
            }

            if (s.IsNominal(start - 1))
            {
                start--;
            }
            else if (IsSpacedApostrophe(s, start - 1, from)
                || (start - 2 >= from && start <= end && IsPluralPossessive(s, start - 1) && s.IsNominal(start - 2)))
            {
                start--; // "the woman ’ s friend", "the Farmers' Union": a possessive belongs to the subject
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>Takes in the noun a subject's prepositional phrase modifies ("police in Sicily", "the regional office
    /// of the Health Ministry", "a statement from the Department of Justice"), when that noun starts the clause:
    /// "Speaking to reporters in Kabul police said" keeps "Kabul police".</summary>
    private static int WithPostModifiers(SentenceTokens s, int start, int end, int from)
    {
        var candidate = start;
        for (var links = 0; links < MaxPostModifiers; links++)
        {
            var link = candidate - 1;
            if (link - 1 < from || !IsPostModifierLink(s, link) || s.Classes[link - 1] is not (WordClass.Noun or WordClass.ProperNoun))
            {
                break;
            }

            candidate = NominalRunStart(s, link - 1, from, end - MaxSourceWithModifiers + 1);
        }

        return candidate < start && StartsClause(s, candidate - 1, from) ? candidate : start;
    }

    private static bool IsPostModifierLink(SentenceTokens s, int i) => s.Is(i, "of") || s.Is(i, "in") || s.Is(i, "from") || s.Is(i, "at");

    private static bool StartsClause(SentenceTokens s, int before, int from) =>
        before < from || s.Classes[before] is WordClass.Punctuation or WordClass.CoordinatingConjunction or WordClass.Subordinator
        || s.Is(before, "that");

    /// <summary>When the words before a verb end a subject relative clause with no comma ("the officer who fired
    /// the shot says", "a man that witnessed it told"), the index of the noun the clause describes; otherwise -1.
    /// The clause must start with its own verb right after the relative pronoun, so an object relative ("the report
    /// that police released said") is left alone.</summary>
    private static int RelativeClauseHead(SentenceTokens s, int subjectStart, int from)
    {
        for (var r = subjectStart - 1; r > from; r--)
        {
            if (s.Classes[r] is WordClass.Punctuation or WordClass.CoordinatingConjunction || s.IsInsideQuotation(r))
            {
                return -1;
            }

            if (IsRelativeClause(s, r))
            {
                var verb = r + 1;
                while (verb < subjectStart && s.Classes[verb] is WordClass.Adverb or WordClass.Auxiliary or WordClass.Modal or WordClass.Negation)
                {
                    verb++;
                }

                return verb < subjectStart && s.Classes[verb] == WordClass.Verb
                    && s.Classes[r - 1] is WordClass.Noun or WordClass.ProperNoun ? r - 1 : -1;
            }
        }

        return -1;
    }

    private static bool IsRelativeClause(SentenceTokens s, int before) =>
        s.Is(before, "which") || s.Is(before, "who") || s.Is(before, "whom") || s.Is(before, "that");

    /// <summary>"“...,” said Stoltenberg." or "..., said the minister.": the verb right after a comma or closing
    /// quote, followed only by its subject.</summary>
    private static bool IsSentenceFinalInversion(SentenceTokens s, int verb, int from, int to)
    {
        if (verb - 1 < from || s.Text(verb - 1) is not ("," or "\u201D" or "\""))
        {
            return false;
        }

        var j = verb + 1;
        while (j < to && s.Classes[j] == WordClass.Determiner)
        {
            j++;
        }

        var nominal = j;
        while (j < to && s.Classes[j] is WordClass.ProperNoun or WordClass.Noun or WordClass.Adjective)
        {
            j++;
        }

        return j > nominal && (j == to || s.Classes[j] == WordClass.Punctuation);
    }

    /// <summary>Steps back over a relative clause or apposition between subject and verb: "Stoltenberg, who
    /// attended the meeting, emphasized" (subject Stoltenberg), "Kosovo's Prime Minister, Albin Kurti, declared"
    /// (subject Albin Kurti). Returns the index the subject ends at.</summary>
    private static int SkipBackOverInsertion(SentenceTokens s, int end, int from)
    {
        if (end < from || s.Text(end) != ",")
        {
            return end;
        }

        if (s.PlaceAppositionOpening(end) is var place and >= 0 && place > from)
        {
            return place - 1; // "the survey in Golden, Colo., said": the place qualifies the subject's modifier
        }

        var open = end - 1;
        while (open >= from && s.Text(open) != ",")
        {
            open--;
        }

        if (open < from || open == end - 1)
        {
            return end;
        }

        if (IsRelativeClause(s, open + 1) || IsModifierInsertion(s, open + 1, end))
        {
            return open - 1;
        }

        var named = false;
        for (var j = open + 1; j < end; j++)
        {
            if (!s.IsNominal(j))
            {
                return end;
            }

            named |= s.Classes[j] == WordClass.ProperNoun;
        }

        return named ? end - 1 : end;
    }

    /// <summary>An insertion that describes the subject rather than naming it: a prepositional phrase ("Matt Goodman,
    /// from the fire service, said"), an age ("Lo Presti, 52, said"), or a description after a name ("Mehdi Zareh, the
    /// head of the seismic centre, said"; a name after a description, "Kosovo's Prime Minister, Albin Kurti,", is the subject).</summary>
    private static bool IsModifierInsertion(SentenceTokens s, int first, int end)
    {
        if (end - first == 1 && s.Classes[first] == WordClass.Number)
        {
            return true;
        }

        if (s.Classes[first] == WordClass.Determiner && s.Classes[first - 2] == WordClass.ProperNoun)
        {
            // "Mehdi Zareh, the head of Iran's Seismic Research Center, said": a description of the named subject
            for (var j = first + 1; j < end; j++)
            {
                if (!s.IsNominal(j) && !IsPostModifierLink(s, j) && s.Text(j) is not ("'s" or "\u2019s" or "'" or "\u2019"))
                {
                    return false;
                }
            }

            return true;
        }

        if (s.Classes[first] != WordClass.Preposition || end - first < 2 || !s.IsNominal(first - 2))
        {
            return false;
        }

        for (var j = first + 1; j < end; j++)
        {
            if (!s.IsNominal(j))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParenthetical(SentenceTokens s, int beforeSubject, int afterVerb, int to)
    {
        // The subject is read without its determiners ("..., the ministry said"): the comma comes before them.
        while (beforeSubject >= 0 && s.Classes[beforeSubject] == WordClass.Determiner)
        {
            beforeSubject--;
        }

        return beforeSubject >= 0 && s.Text(beforeSubject) is "," or "\u201D" or "\"" or "\u2019"
            && (afterVerb >= to || s.Classes[afterVerb] == WordClass.Punctuation);
    }

    /// <summary>The noun phrase naming a source after "according to" or an inverted "said": nominal tokens,
    /// plural possessives ("bankers' association") and "of/by/from" phrases ("estimates by the bankers'
    /// association", "Ministry of Defence"), without a leading determiner.</summary>
    private string? SourceAfter(SentenceTokens s, int start, int to)
    {
        while (start < to && s.Classes[start] == WordClass.Determiner)
        {
            start++;
        }

        // The guesser may read a noun after "to" as an infinitive ("according to police"): take it as a noun here.
        var end = start - 1;
        while (end + 1 < to && end + 1 - start < MaxSourceTokens)
        {
            var next = end + 1;
            if (s.Classes[next] is WordClass.ProperNoun or WordClass.Noun or WordClass.Adjective or WordClass.Number
                || (next == start && s.Classes[next] == WordClass.Verb)
                || (next > start && IsPluralPossessive(s, next) && next + 1 < to && s.IsNominal(next + 1)))
            {
                end = next;
            }
            else if (next > start && IsSourceLink(s, next) && NominalAfterDeterminers(s, next + 1, to) is var head && head >= 0)
            {
                end = head;
            }

            else
            {
                break;
            }
        }

        return end >= start ? Slice(s, start, end) : null;
    }

    /// <summary>A possessive clitic written apart from its noun, as some archives tokenise text ("woman ’ s"):
    /// the token at <paramref name="i"/> is an apostrophe between a nominal and "s".</summary>
    private static bool IsSpacedApostrophe(SentenceTokens s, int i, int from) =>
        i - 1 >= from && i + 1 < s.Count && s.Text(i) is "'" or "\u2019" && s.Is(i + 1, "s") && s.IsNominal(i - 1);

    private static bool IsSourceLink(SentenceTokens s, int i) => s.Is(i, "of") || s.Is(i, "by") || s.Is(i, "from");

    private static bool IsPluralPossessive(SentenceTokens s, int i) =>
        s.Text(i) is "'" or "\u2019" && s.Text(i - 1).EndsWith('s');

    private static int NominalAfterDeterminers(SentenceTokens s, int i, int to)
    {
        while (i < to && s.Classes[i] == WordClass.Determiner)
        {
            i++;
        }

        return i < to && s.Classes[i] is WordClass.ProperNoun or WordClass.Noun or WordClass.Adjective ? i : -1;
    }

    private string Slice(SentenceTokens s, int first, int last) => text[s.Tokens[first].Start..s.Tokens[last].End];
}
