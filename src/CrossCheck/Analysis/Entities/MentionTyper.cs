using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Types a name without a title from WordNet and from its context: head words
/// ("Kosovo Police", "Republic of ..."), speech verbs ("Rama said"), place prepositions ("in Skopje").</summary>
internal static class MentionTyper
{
    public static EntityType Type(string text, List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        var name = DescriptorSplitter.Span(text, words, first, last);
        if (gazetteer.NameType(name) is { } known)
        {
            return known;
        }

        if (ContextTypeWords.IsNewsAgency(name))
        {
            return EntityType.Organization;
        }

        if (IsDateline(text, words, first, last) || AfterPlaceHead(words, first, gazetteer) || BeforeAdministrativeUnit(words, last))
        {
            return EntityType.Place;
        }

        if (first == last && words[first].IsAcronym)
        {
            return gazetteer.AcronymExpansion(words[first].Text.Replace(".", "", StringComparison.Ordinal)) is { } expansion
                ? gazetteer.NameType(expansion) ?? EntityType.Organization
                : EntityType.Organization;
        }

        if (HeadType(words, first, last, gazetteer) is { } byHead)
        {
            return byHead;
        }

        // "Ostmar Ferries", "Teskon Systems": a name ending in a plural common noun names a company or group.
        if (last > first && gazetteer.IsCommonPlural(words[last].Lower) && !gazetteer.IsCommonWord(words[first].Lower))
        {
            return EntityType.Organization;
        }

        // "according to Corvane Wire", "told the Herald": a source that is not a person's name.
        if (first >= 1 && (words[first - 1].Lower is "told" || (first >= 2 && words[first - 2].Lower == "according" && words[first - 1].Lower == "to"))
            && !AllUncommon(words, first, last, gazetteer))
        {
            return EntityType.Organization;
        }

        // "Rama said", "Pavel Strand said"; not "National Water Authority said", all ordinary words.
        if (IsSpeaker(words, first, last, gazetteer) && !ContainsKnownNonPerson(words, first, last, gazetteer)
            && (first == last || !gazetteer.IsCommonWord(words[first].Lower) || !gazetteer.IsCommonWord(words[last].Lower)))
        {
            return EntityType.Person;
        }

        if (first > 0 && NameWords.PlacePrepositions.Contains(words[first - 1].Lower))
        {
            return EntityType.Place;
        }

        if (last > first && !ContainsKnownNonPerson(words, first, last, gazetteer) && AllUncommon(words, first, last, gazetteer))
        {
            return EntityType.Person;
        }

        var lastType = gazetteer.NameType(words[last].Text);
        return lastType is EntityType.Place or EntityType.Organization ? lastType.Value : EntityType.Other;
    }

    /// <summary>"VELMORA (Corvane Wire) —", "HALVARD —": a capitalised place opening a report.</summary>
    private static bool IsDateline(string text, List<Word> words, int first, int last)
    {
        if (!words[first].SentenceInitial || first != 0 || !words[first].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        var i = words[last].End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] is ',' or '(' or '—' or '–' or '-';
    }

    /// <summary>"Pidie district", "Kalmar county": a name followed by a lower-case unit of territory.</summary>
    private static bool BeforeAdministrativeUnit(List<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].GapBefore == WordGap.Space && !words[last].Possessive
        && !words[last + 1].IsCapitalised && ContextTypeWords.AdministrativeUnits.Contains(words[last + 1].Lower);

    /// <summary>"the port of Brisa", "the town of Velmora".</summary>
    private static bool AfterPlaceHead(List<Word> words, int first, Gazetteer gazetteer) =>
        first >= 2 && words[first - 1].Lower == "of" && !words[first - 2].IsCapitalised
        && gazetteer.IsPlaceHead(words[first - 2].Lower) && !gazetteer.IsOrganizationHead(words[first - 2].Lower);

    private static EntityType? HeadType(List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        var of = -1;
        for (var k = first + 1; k <= last && of < 0; k++)
        {
            of = words[k].Lower == "of" ? k : -1;
        }

        // "Republic of ...", "National Institute of Geophysics and Seismology": the noun before "of" is the head.
        foreach (var head in of > 0 ? new[] { words[of - 1].Lower, words[first].Lower, words[last].Lower } : [words[last].Lower])
        {
            if (gazetteer.IsOrganizationHead(head))
            {
                return EntityType.Organization;
            }

            if (gazetteer.IsPlaceHead(head))
            {
                return EntityType.Place;
            }
        }

        return null;
    }

    /// <summary>"Rama said", "said Stoltenberg.", "Kurti has warned", "Fauzi, an official from the agency, told".</summary>
    public static bool IsSpeaker(List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        var next = AfterApposition(words, last + 1);
        var expected = next == last + 1 ? WordGap.Space : WordGap.Comma;
        if (next < words.Count && words[next].GapBefore == expected && words[next].Lower is "has" or "had" or "also" or "then" or "later")
        {
            next++;
            expected = WordGap.Space;
        }

        if (next < words.Count && words[next].GapBefore == expected && !words[last].Possessive
            && !words[next].IsCapitalised && gazetteer.IsSayingVerb(words[next].Text))
        {
            return true;
        }

        return first > 0 && words[first].GapBefore == WordGap.Space && !words[first - 1].IsCapitalised
            && gazetteer.SpeechVerbLemma(words[first - 1].Text) is "say" or "tell" or "add" or "state"
            && (last + 1 >= words.Count || words[last + 1].GapBefore != WordGap.Space);
    }

    /// <summary>The word after an apposition set off by commas right after a name ("Fauzi, an official
    /// from the agency, told"; "Ratna, 54, said"), else <paramref name="next"/>.</summary>
    public static int AfterApposition(List<Word> words, int next)
    {
        if (next >= words.Count || words[next].GapBefore != WordGap.Comma || !words[next].OpensApposition)
        {
            return next;
        }

        for (var k = next + 1; k < Math.Min(words.Count, next + 12); k++)
        {
            if (words[k].GapBefore == WordGap.Comma)
            {
                return k;
            }

            if (words[k].GapBefore != WordGap.Space)
            {
                return next;
            }
        }

        return next;
    }

    private static bool ContainsKnownNonPerson(List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        for (var k = first; k <= last; k++)
        {
            if (gazetteer.NameType(words[k].Text) is EntityType.Place or EntityType.Organization || gazetteer.DemonymPlace(words[k].Text) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllUncommon(List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        for (var k = first; k <= last; k++)
        {
            // A one-letter initial after a name ("Yusuf M") is no common word, though WordNet has "m" (metre).
            var initial = k > first && words[k].Text.Length == 1 && char.IsUpper(words[k].Text[0]);
            if ((gazetteer.IsCommonWord(words[k].Lower) && !initial) || NameWords.IsNameConnector(words[k].Lower) || words[k].IsNumber)
            {
                return false;
            }
        }

        return true;
    }
}
