namespace CrossCheck.Text;

/// <summary>WordNet's morphological processor ("morphy"): the base forms of an inflected word for one part of
/// speech, from the exception lists first, then the word itself, then the suffix detachment rules; only forms
/// WordNet knows with that part of speech are kept.</summary>
internal static class Morphy
{
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    /// <summary>Adds the lemma ids of <paramref name="word"/>'s base forms for <paramref name="pos"/> to
    /// <paramref name="found"/> (no duplicates); <paramref name="word"/> must already be normalised.</summary>
    public static void AddBaseForms(WordNetData data, string word, PartOfSpeech pos, List<(int LemmaId, PartOfSpeech Pos)> found)
    {
        if (word.Length is 0 or > WordForms.MaxWordLength)
        {
            return;
        }

        if (data.Exceptions[pos].TryGetValue(word, out var bases))
        {
            foreach (var baseForm in bases)
            {
                AddIfKnown(data, baseForm, pos, found);
            }
        }

        AddIfKnown(data, word, pos, found);
        Span<char> candidate = stackalloc char[WordForms.MaxWordLength + 4];
        foreach (var (suffix, ending) in RulesFor(pos))
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word.AsSpan(0, word.Length - suffix.Length);
                if (ending.Length == 0)
                {
                    AddIfKnown(data, stem, pos, found);
                }
                else
                {
                    stem.CopyTo(candidate);
                    ending.AsSpan().CopyTo(candidate[stem.Length..]);
                    AddIfKnown(data, candidate[..(stem.Length + ending.Length)], pos, found);
                }
            }
        }
    }

    private static ReadOnlySpan<(string Suffix, string Ending)> RulesFor(PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Noun => NounRules,
        PartOfSpeech.Verb => VerbRules,
        PartOfSpeech.Adjective => AdjectiveRules,
        _ => [],
    };

    private static void AddIfKnown(WordNetData data, ReadOnlySpan<char> form, PartOfSpeech pos, List<(int LemmaId, PartOfSpeech Pos)> found)
    {
        if (data.TryGetLemmaId(form, out var id) && data.HasSense(id, pos) && !found.Contains((id, pos)))
        {
            found.Add((id, pos));
        }
    }
}
