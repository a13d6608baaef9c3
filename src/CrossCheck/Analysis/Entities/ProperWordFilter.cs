using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Decides which capitalised words are capitalised because they are names, not because they open
/// a sentence or stand in a headline-case line. Uses what the rest of the article capitalises mid-sentence.</summary>
internal sealed class ProperWordFilter
{
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Gazetteer _gazetteer;

    public ProperWordFilter(string text, IReadOnlyList<List<Word>> sentences, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var words in sentences)
        {
            if (IsHeadlineCase(text, words, gazetteer))
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

    /// <summary>A line where most content words are capitalised, ordinary words among them ("Prime
    /// Minister Urges Calm As Protests Spread"), unlike a sentence dense with names; headlines do not end
    /// with a full stop.</summary>
    public static bool IsHeadlineCase(string text, List<Word> words, Gazetteer gazetteer)
    {
        if (words.Count == 0 || EndsWithStop(text, words[^1].End))
        {
            return false;
        }

        var content = 0;
        var capitalised = 0;
        var capitalisedCommon = 0;
        foreach (var word in words)
        {
            if (word.IsNumber || word.Text.Length < 4 || FunctionWords.Contains(word.Lower))
            {
                continue;
            }

            content++;
            if (word.IsCapitalised && !word.IsAcronym)
            {
                capitalised++;
                if (!word.SentenceInitial && gazetteer.IsCommonWord(word.Lower) && gazetteer.NameType(word.Text) is null && gazetteer.DemonymPlace(word.Text) is null)
                {
                    capitalisedCommon++;
                }
            }
        }

        return content >= 3 && capitalised * 4 >= content * 3 && capitalisedCommon * 3 >= capitalised;
    }

    private static bool EndsWithStop(string text, int from)
    {
        for (var i = from; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] is '.' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }

    public bool SeenMidSentence(Word word) => _capitalisedMidSentence.Contains(word.Text);

    public bool IsProper(Word word, bool headline)
    {
        if (!word.IsCapitalised || TimeWords.IsCalendarWord(word.Lower))
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
            return known || !_gazetteer.IsCommonWord(word.Lower) || _gazetteer.IsRole(word.Lower);
        }

        return true;
    }
}
