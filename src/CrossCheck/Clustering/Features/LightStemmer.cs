namespace CrossCheck.Clustering.Features;

/// <summary>Harman's "S" stemmer: folds English plurals ("troops" → "troop", "cities" → "city") and nothing
/// else. Conservative on purpose: over-stemming merges words that tell two events apart.</summary>
internal static class LightStemmer
{
    /// <summary>Returns the length of the stem of the lower-case word held in <paramref name="word"/>,
    /// rewriting its last letter when "ies" becomes "y".</summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || word[n - 1] != 's')
        {
            return n;
        }

        if (word[n - 2] == 'e' && word[n - 3] == 'i' && n > 4 && word[n - 4] is not ('e' or 'a'))
        {
            word[n - 3] = 'y';
            return n - 2;
        }

        if (word[n - 2] == 'e' && word[n - 3] is not ('a' or 'e' or 'o'))
        {
            return n - 1;
        }

        return word[n - 2] is 'u' or 's' || word[n - 2] == '\'' ? n : n - 1;
    }
}
