using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>A run of name words within a sentence's word list (inclusive indices).</summary>
internal readonly record struct NameRun(int First, int Last);

/// <summary>Finds runs of proper words joined by spaces and name connectors ("Republic of North
/// Macedonia", "Bosnia and Herzegovina" when WordNet knows it). A possessive ends a run unless a title
/// follows ("Kosovo's Prime Minister").</summary>
internal static class NameRunFinder
{
    public static List<NameRun> Find(string text, List<Word> words, bool[] proper, Gazetteer gazetteer)
    {
        var runs = new List<NameRun>();
        var k = 0;
        while (k < words.Count)
        {
            if (!proper[k])
            {
                k++;
                continue;
            }

            var first = k;
            while (true)
            {
                var next = Extend(text, words, proper, gazetteer, first, k);
                if (next < 0)
                {
                    break;
                }

                k = next;
            }

            runs.Add(new NameRun(first, k));
            k++;
        }

        return runs;
    }

    /// <summary>The index of the word the run can extend to from <paramref name="last"/>, or -1.</summary>
    private static int Extend(string text, List<Word> words, bool[] proper, Gazetteer gazetteer, int first, int last)
    {
        var j = last + 1;
        if (j >= words.Count || words[j].GapBefore != WordGap.Space)
        {
            return -1;
        }

        if (words[last].Possessive)
        {
            return proper[j] && TitleMatcher.TitleLength(words, j, gazetteer) > 0 ? j : -1;
        }

        if (proper[j])
        {
            return j;
        }

        var lower = words[j].Lower;
        if (NameWords.IsNameConnector(lower) && Joinable(words, proper, j + 1))
        {
            return j + 1;
        }

        if (lower == "of" && j + 2 < words.Count && words[j + 1].Lower == "the" && words[j + 1].GapBefore == WordGap.Space && Joinable(words, proper, j + 2)
            && !IsPersonLike(words, gazetteer, first, last))
        {
            return j + 2;
        }

        if (lower is "and" or "&" && Joinable(words, proper, j + 1)
            && (gazetteer.NameType(text[words[first].Start..words[j + 1].End]) is not null
                || JoinsFieldsOfAnOrganization(words, proper, gazetteer, first, j)))
        {
            return j + 1;
        }

        return -1;
    }

    /// <summary>A run of two or more plain capitalised words, none an organisation's or a place's head, the last no
    /// common word ("Robert Buckley", not "Bank", "National Museum", "Gulf Coast"): a person's name, which an "of the" phrase after it does not continue
    /// ("Robert Buckley of the U.K." is a man from a country, decision 462).</summary>
    private static bool IsPersonLike(List<Word> words, Gazetteer gazetteer, int first, int last)
    {
        if (last == first || gazetteer.IsCommonWord(words[last].Lower))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var word = words[k];
            if (word.IsAcronym || word.Possessive || !char.IsUpper(word.Text[0]) || gazetteer.IsOrganizationHead(word.Lower)
                || gazetteer.IsPlaceHead(word.Lower) || gazetteer.NameType(word.Text) is EntityType.Place or EntityType.Organization)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Department of Fisheries and Oceans", "Institute of Geophysics and Seismology": an "and" inside
    /// the "of" phrase of an organisation's name joins when the capitalised words after it are ordinary nouns
    /// (fields, portfolios), not names of their own ("the Ministry of Defence and Russia's embassy").</summary>
    private static bool JoinsFieldsOfAnOrganization(List<Word> words, bool[] proper, Gazetteer gazetteer, int first, int and)
    {
        var ofPhrase = false;
        for (var k = first + 1; k < and && !ofPhrase; k++)
        {
            ofPhrase = words[k].Lower == "of" && gazetteer.IsOrganizationHead(words[k - 1].Lower);
        }

        if (!ofPhrase)
        {
            return false;
        }

        var k2 = and + 1;
        for (; k2 < words.Count && proper[k2] && (k2 == and + 1 || words[k2].GapBefore == WordGap.Space); k2++)
        {
            var word = words[k2];
            if (word.IsAcronym || word.Possessive || gazetteer.NameType(word.Text) is not null || gazetteer.DemonymPlace(word.Text) is not null
                || (Lexicon.Default.PartsOfSpeech(word.Lower) & (PartOfSpeechSet.Noun | PartOfSpeechSet.Adjective)) == PartOfSpeechSet.None)
            {
                return false;
            }
        }

        return k2 > and + 1;
    }

    private static bool Joinable(List<Word> words, bool[] proper, int index) =>
        index < words.Count && proper[index] && words[index].GapBefore == WordGap.Space && !words[index - 1].Possessive;
}
