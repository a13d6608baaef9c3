namespace CrossCheck.Text;

/// <summary>Picks one lemma for a word whose part of speech is unknown.</summary>
/// <remarks>In running text a word that has an inflected reading ("troops" = plural of "troop", "urged" = past
/// of "urge") is usually that inflection, so inflected readings win, the most frequent first (sense-tag counts of
/// WordNet's concordance). The surface form is kept only when WordNet lists it as a lemma that is far more
/// frequent than any inflected reading ("data" over "datum", "physics" over "physic").</remarks>
internal static class LemmaChooser
{
    private const int SurfaceDominance = 4;

    public static string Choose(WordNetData data, string normalised, List<(int LemmaId, PartOfSpeech Pos)> readings)
    {
        if (readings.Count == 0)
        {
            return UnknownWordLemma(normalised);
        }

        var surfaceCount = -1;
        var best = -1;
        var bestCount = -1;
        foreach (var (id, pos) in readings)
        {
            var count = data.TagCount(id, pos);
            if (string.Equals(data.Lemmas[id], normalised, StringComparison.Ordinal))
            {
                surfaceCount = Math.Max(surfaceCount, count);
            }
            else if (count > bestCount)
            {
                best = id;
                bestCount = count;
            }
        }

        if (best < 0)
        {
            return normalised;
        }

        return surfaceCount > SurfaceDominance * bestCount && surfaceCount > 0 ? normalised : data.Lemmas[best];
    }

    /// <summary>Words WordNet does not know (names, new coinages): only regular plurals are undone.</summary>
    private static string UnknownWordLemma(string word)
    {
        if (word.Length <= 3 || !IsLetters(word))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
