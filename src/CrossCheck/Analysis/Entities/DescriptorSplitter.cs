using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Splits a leading title or role off a name run: "NATO Secretary General Jens Stoltenberg" →
/// descriptor "NATO Secretary General", name "Jens Stoltenberg". Words before the last title may be
/// demonyms, known names, acronyms, possessives or capitalised modifiers ("Foreign Minister").</summary>
internal static class DescriptorSplitter
{
    /// <summary>The index of the run's first name word: <c>run.First</c> when there is no descriptor,
    /// <c>run.Last + 1</c> when the whole run is a descriptor ("Albanian Prime Minister").</summary>
    public static int NameStart(string text, List<Word> words, NameRun run, Gazetteer gazetteer)
    {
        if (gazetteer.NameType(Span(text, words, run.First, run.Last)) is not null)
        {
            return run.First;
        }

        var titleEnd = -1;
        var k = run.First;
        while (k <= run.Last)
        {
            var length = TitleMatcher.TitleLength(words, k, gazetteer);
            if (length > 0 && k + length - 1 <= run.Last)
            {
                titleEnd = k + length;
                k += length;
            }
            else if (IsModifier(words[k], gazetteer) || TitleAhead(words, k, run.Last, gazetteer))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (titleEnd < 0)
        {
            return OpensWithNoun(words, run, gazetteer) && LooksLikePersonName(text, words, run.First + 1, run.Last, gazetteer) ? run.First + 1 : run.First;
        }

        var nameStart = titleEnd <= run.Last && words[titleEnd].Lower == "of" ? AfterOfPhrase(text, words, titleEnd, run.Last, gazetteer) : titleEnd;
        if (nameStart > run.Last)
        {
            return nameStart;
        }

        return LooksLikePersonName(text, words, nameStart, run.Last, gazetteer) ? nameStart : run.First;
    }

    /// <summary>"Firefighter Ola Berg said": a sentence-opening word WordNet knows only as a lower-case noun,
    /// that no list gives as a title or a name, before a name of two or more words describes the person.</summary>
    private static bool OpensWithNoun(List<Word> words, NameRun run, Gazetteer gazetteer)
    {
        var word = words[run.First];
        return word.SentenceInitial && run.Last - run.First >= 2 && !word.IsAcronym && gazetteer.NameType(word.Text) is null
            && !gazetteer.IsCommonWord(word.Lower) && gazetteer.DemonymPlace(word.Text) is null
            && Lexicon.Default.PartsOfSpeech(word.Lower) == PartOfSpeechSet.Noun;
    }

    /// <summary>Words that can qualify a title: "Albanian", "NATO", "Kosovo's", "of", "the".</summary>
    public static bool IsModifier(Word word, Gazetteer gazetteer) =>
        word.Possessive || word.IsAcronym || word.Lower is "of" or "the"
        || gazetteer.DemonymPlace(word.Text) is not null || gazetteer.NameType(word.Text) is EntityType.Place or EntityType.Organization;

    public static string Span(string text, List<Word> words, int first, int last) => text[words[first].Start..words[last].End];

    private static bool TitleAhead(List<Word> words, int k, int last, Gazetteer gazetteer)
    {
        for (var j = k + 1; j <= Math.Min(k + 2, last); j++)
        {
            if (TitleMatcher.TitleLength(words, j, gazetteer) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Minister of Foreign Affairs Ivica Dačić": the "of" phrase belongs to the title; a known
    /// name ends it, otherwise the last two words are taken as the person's name.</summary>
    private static int AfterOfPhrase(string text, List<Word> words, int ofIndex, int last, Gazetteer gazetteer)
    {
        var j = ofIndex + 1;
        if (j <= last && words[j].Lower == "the")
        {
            j++;
        }

        for (var length = Math.Min(4, last - j + 1); length >= 1; length--)
        {
            if (gazetteer.NameType(Span(text, words, j, j + length - 1)) is not null)
            {
                return j + length;
            }
        }

        var remaining = last - j + 1;
        return remaining >= 3 ? last - 1 : remaining == 2 ? last : last + 1;
    }

    private static bool LooksLikePersonName(string text, List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        if (last - first >= 4 || NameWords.IsNameConnector(words[first].Lower))
        {
            return false;
        }

        var head = words[last].Lower;
        if (gazetteer.IsOrganizationHead(head) || gazetteer.IsPlaceHead(head))
        {
            return false;
        }

        return gazetteer.NameType(Span(text, words, first, last)) is null or EntityType.Person;
    }
}
