using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Decides which capitalised words are capitalised because they are names, not because they open
/// a sentence or stand in a headline-case line. Uses what the rest of the article capitalises mid-sentence.</summary>
internal sealed class ProperWordFilter
{
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Gazetteer _gazetteer;

    public ProperWordFilter(IReadOnlyList<List<Word>> sentences, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var words in sentences)
        {
            if (IsHeadlineCase(words))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (!word.SentenceInitial && word.IsCapitalised)
                {
                    _capitalisedMidSentence.Add(word.Text);
                }
            }
        }
    }

    /// <summary>A line where most content words are capitalised ("Prime Minister Urges Nato To Act").</summary>
    public static bool IsHeadlineCase(List<Word> words)
    {
        var content = 0;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (word.IsNumber || word.Text.Length < 4 || FunctionWords.Contains(word.Lower))
            {
                continue;
            }

            content++;
            if (word.IsCapitalised)
            {
                capitalised++;
            }
        }

        return content >= 3 && capitalised * 4 >= content * 3;
    }

    public bool SeenMidSentence(Word word) => _capitalisedMidSentence.Contains(word.Text);

    public bool IsProper(Word word, bool headline)
    {
        if (!word.IsCapitalised || FunctionWords.IsCalendarWord(word.Lower))
        {
            return false;
        }

        if (word.IsAcronym || _capitalisedMidSentence.Contains(word.Text))
        {
            return !FunctionWords.Contains(word.Lower) || word.IsAcronym;
        }

        if (FunctionWords.Contains(word.Lower))
        {
            return false;
        }

        var known = _gazetteer.NameType(word.Text) is not null || _gazetteer.DemonymPlace(word.Text) is not null;
        if (headline)
        {
            return known;
        }

        if (word.SentenceInitial)
        {
            return known || !_gazetteer.IsCommonWord(word.Lower);
        }

        return true;
    }
}
