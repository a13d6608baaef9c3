using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Recognises titles and roles (WordNet offices, ranks and professions) spanning one or two words.</summary>
internal static class TitleMatcher
{
    /// <summary>How many words (2, 1 or 0) starting at <paramref name="index"/> form a title.</summary>
    public static int TitleLength(List<Word> words, int index, Gazetteer gazetteer)
    {
        if (index + 1 < words.Count && words[index + 1].GapBefore == WordGap.Space && !words[index].Possessive
            && gazetteer.IsRole(words[index].Lower + " " + words[index + 1].Lower))
        {
            return 2;
        }

        return gazetteer.IsRole(words[index].Lower) ? 1 : 0;
    }

    /// <summary>Marks every word that is part of a title within [first, last].</summary>
    public static bool[] MarkTitles(List<Word> words, int first, int last, Gazetteer gazetteer)
    {
        var marks = new bool[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            var length = TitleLength(words, k, gazetteer);
            if (length == 2 && k + 1 <= last)
            {
                marks[k - first] = marks[k + 1 - first] = true;
                k++;
            }
            else if (length >= 1)
            {
                marks[k - first] = true;
            }
        }

        return marks;
    }
}
