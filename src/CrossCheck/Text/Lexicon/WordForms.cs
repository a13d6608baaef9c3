using System.Runtime.CompilerServices;

namespace CrossCheck.Text;

/// <summary>Normalises a surface word for lexicon lookup and collects its candidate lemmas.</summary>
internal static class WordForms
{
    /// <summary>Longer "words" (URLs, run-together text) are never looked up.</summary>
    public const int MaxWordLength = 64;

    [ThreadStatic]
    private static List<(int LemmaId, PartOfSpeech Pos)>? _scratchA;

    [ThreadStatic]
    private static List<(int LemmaId, PartOfSpeech Pos)>? _scratchB;

    public static List<(int LemmaId, PartOfSpeech Pos)> ScratchA => Reset(ref _scratchA);

    public static List<(int LemmaId, PartOfSpeech Pos)> ScratchB => Reset(ref _scratchB);

    /// <summary>Lower case, typographic apostrophes made straight, possessive "'s" removed, underscores as spaces.</summary>
    public static string Normalise(string word)
    {
        var text = word.Trim();
        if (NeedsRewrite(text))
        {
            text = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('_', ' ');
        }

        if (text.EndsWith("'s", StringComparison.Ordinal) && text.Length > 2)
        {
            text = text[..^2];
        }
        else if (text.EndsWith("s'", StringComparison.Ordinal) && text.Length > 2)
        {
            text = text[..^1];
        }

        return text;
    }

    /// <summary>Adds every (lemma, part of speech) reading of a normalised word, in WordNet part-of-speech order.</summary>
    public static void AddReadings(WordNetData data, string normalised, List<(int LemmaId, PartOfSpeech Pos)> found)
    {
        if (normalised.Length is 0 or > MaxWordLength)
        {
            return;
        }

        foreach (var pos in PartOfSpeechExtensions.All)
        {
            Morphy.AddBaseForms(data, normalised, pos, found);
        }
    }

    public static bool ContainsLemma(List<(int LemmaId, PartOfSpeech Pos)> readings, int lemmaId)
    {
        foreach (var (id, _) in readings)
        {
            if (id == lemmaId)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsRewrite(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c) || c is '\u2019' or '\u2018' or '_')
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static List<(int LemmaId, PartOfSpeech Pos)> Reset(ref List<(int LemmaId, PartOfSpeech Pos)>? list)
    {
        list ??= new List<(int LemmaId, PartOfSpeech Pos)>(16);
        list.Clear();
        return list;
    }
}
