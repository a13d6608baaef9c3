using CrossCheck.Clustering.Attribution;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Clustering.Features;

/// <summary>Reads an article once and builds its <see cref="ArticleProfile"/>: term counts for title and
/// body (stop words removed, plurals folded, sub-linear tf), entity-like names (capitalised sequences),
/// mentioned dates, word-3-gram shingles and an exact-copy hash.</summary>
internal static class ProfileBuilder
{
    public static ArticleProfile Build(Article article, long sequence)
    {
        var published = article.Published?.Date;
        var bodyWords = FastWordScanner.Scan(article.Text);
        var titleWords = FastWordScanner.Scan(article.Title);
        var wordHashes = new ulong[bodyWords.Count];
        var stopWords = new bool[bodyWords.Count];
        var stopWordCount = 0;
        var body = CountTerms(article.Text, bodyWords, wordHashes, stopWords, ref stopWordCount);
        var ignored = 0;
        var title = CountTerms(article.Title, titleWords, null, null, ref ignored);
        var contentWords = bodyWords.Count - stopWordCount;
        return new ArticleProfile(
            article.Id,
            sequence,
            published,
            article.Outlet,
            Sublinear(title),
            Sublinear(body),
            EntityFinder.Find(article.Text, bodyWords, wordHashes, stopWords, out var principal),
            EventDateFinder.Find(article.Text, published),
            Shingles(wordHashes),
            ContentHash(wordHashes),
            contentWords,
            LooksEnglish(article.Language, bodyWords.Count, stopWordCount))
        {
            AttributedOutlets = AttributionFinder.Find(article.Text),
            PrincipalName = principal,
        };
    }

    /// <summary>Counts the stemmed content words; fills <paramref name="wordHashes"/> (hash of each lower-case
    /// word) and <paramref name="isStopWord"/> when given, for the shingles and the name finder.</summary>
    private static Dictionary<ulong, float> CountTerms(string text, List<ScannedWord> words, ulong[]? wordHashes, bool[]? isStopWord, ref int stopWords)
    {
        var counts = new Dictionary<ulong, float>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var length = Math.Min(word.Length, buffer.Length);
            var lower = buffer[..length];
            text.AsSpan(word.Start, length).ToLowerInvariant(lower);
            var hash = TermHash.Of(lower);
            if (wordHashes is not null)
            {
                wordHashes[i] = hash;
            }

            if (FunctionWords.IsTopicNeutral(lower))
            {
                stopWords++;
                if (isStopWord is not null)
                {
                    isStopWord[i] = true;
                }

                continue;
            }

            if (length < 2)
            {
                continue;
            }

            var stemLength = LightStemmer.Stem(lower);
            var key = stemLength == length ? hash : TermHash.Of(lower[..stemLength]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static Dictionary<ulong, float> Sublinear(Dictionary<ulong, float> counts)
    {
        foreach (var key in counts.Keys)
        {
            counts[key] = 1f + MathF.Log(counts[key]);
        }

        return counts;
    }

    private static ulong[] Shingles(ulong[] wordHashes)
    {
        if (wordHashes.Length < 3)
        {
            return wordHashes.Length == 0 ? [] : [Mix(wordHashes.Aggregate((a, b) => a ^ RotateLeft(b, 21)))];
        }

        var set = new HashSet<ulong>(wordHashes.Length);
        for (var i = 2; i < wordHashes.Length; i++)
        {
            set.Add(Mix(wordHashes[i - 2] ^ RotateLeft(wordHashes[i - 1], 21) ^ RotateLeft(wordHashes[i], 42)));
        }

        return [.. set];
    }

    private static ulong ContentHash(ulong[] wordHashes)
    {
        var hash = 0x9E3779B97F4A7C15UL;
        foreach (var word in wordHashes)
        {
            hash = Mix(hash ^ word);
        }

        return hash;
    }

    private static bool LooksEnglish(string? language, int words, int stopWords)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }

        // English news prose has 30-45 % function words; other languages share almost none of this list.
        return words < 12 || stopWords >= 0.12 * words;
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

    /// <summary>SplitMix64 finaliser: spreads every input bit over the whole output.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static bool IsNameConnector(ReadOnlySpan<char> word) => NameWords.IsCommonConnector(word);
}
