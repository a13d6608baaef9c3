using CrossCheck.Text;

namespace CrossCheck.Clustering.Features;

/// <summary>Entity-like names: runs of capitalised words ("Tara Reid", "Promises Treatment Center"), joined across
/// "of"/"de"/"van". A capitalised word opening a sentence counts only if the text also capitalises it elsewhere
/// (so "Police" opening a sentence is not a name unless written "Police" mid-sentence). Each multi-word name also
/// contributes its last word, so "Reid" alone matches "Tara Reid".</summary>
internal static class EntityFinder
{
    [ThreadStatic]
    private static HashSet<ulong>? t_midSentenceCapitals;

    /// <param name="text">The text the words were scanned from.</param>
    /// <param name="words">Its words.</param>
    /// <param name="lowerHashes">Hash of each word in lower case (<see cref="TermHash.BodySeed"/>).</param>
    /// <param name="isStopWord">Whether each word is a function word.</param>
    /// <param name="principal">The most mentioned full name's last word ("Jackson" for "Vincent Jackson" and
    /// later "Jackson"), counted over all its mentions, when it is mentioned at least twice.</param>
    public static Dictionary<ulong, float> Find(string text, List<ScannedWord> words, ulong[] lowerHashes, bool[] isStopWord, out ulong? principal)
    {
        var midSentenceCapitals = t_midSentenceCapitals ??= new HashSet<ulong>(256);
        midSentenceCapitals.Clear();
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Capitalised && !words[w].SentenceStart)
            {
                midSentenceCapitals.Add(lowerHashes[w]);
            }
        }

        var entities = new Dictionary<ulong, float>();
        var surnames = new List<ulong>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words, i, lowerHashes, isStopWord, midSentenceCapitals))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < words.Count && Adjacent(text, words[end - 1], words[end]))
            {
                if (IsNameWord(words, end, lowerHashes, isStopWord, midSentenceCapitals) && !words[end].SentenceStart)
                {
                    end++;
                }
                else if (end + 1 < words.Count && !words[end].Capitalised
                    && ProfileBuilder.IsNameConnector(text.AsSpan(words[end].Start, words[end].Length))
                    && Adjacent(text, words[end], words[end + 1]) && words[end + 1].Capitalised)
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            if (AddName(text, words, start, end, entities) is { } surname)
            {
                surnames.Add(surname);
            }

            i = end;
        }

        principal = null;
        var most = 1f;
        foreach (var surname in surnames)
        {
            if (entities[surname] > most)
            {
                most = entities[surname];
                principal = surname;
            }
        }

        foreach (var key in entities.Keys)
        {
            entities[key] = 1f + MathF.Log(entities[key]);
        }

        return entities;
    }

    private static bool IsNameWord(List<ScannedWord> words, int index, ulong[] lowerHashes, bool[] isStopWord, HashSet<ulong> midSentenceCapitals)
    {
        var word = words[index];
        if (!word.Capitalised || word.Length < 2 || isStopWord[index])
        {
            return false;
        }

        return !word.SentenceStart || midSentenceCapitals.Contains(lowerHashes[index]);
    }

    private static ulong? AddName(string text, List<ScannedWord> words, int start, int end, Dictionary<ulong, float> entities)
    {
        var span = text.AsSpan(words[start].Start, words[end - 1].Start + words[end - 1].Length - words[start].Start);
        Span<char> lower = stackalloc char[Math.Min(span.Length, 128)];
        span[..lower.Length].ToLowerInvariant(lower);
        var key = TermHash.Of(lower, TermHash.EntitySeed);
        entities[key] = entities.GetValueOrDefault(key) + 1;
        if (end - start > 1)
        {
            var last = LowerHash(text, words[end - 1], TermHash.EntitySeed);
            entities[last] = entities.GetValueOrDefault(last) + 1;
            return last;
        }

        return null;
    }

    private static bool Adjacent(string text, ScannedWord left, ScannedWord right)
    {
        var gap = text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length);
        return gap is " " or "-";
    }

    private static ulong LowerHash(string text, ScannedWord word, long seed = TermHash.BodySeed)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        text.AsSpan(word.Start, lower.Length).ToLowerInvariant(lower);
        return TermHash.Of(lower, seed);
    }
}
