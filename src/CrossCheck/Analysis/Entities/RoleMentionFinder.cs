using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Finds descriptions that stand for a person on their own: "the Serbian president",
/// "the prime minister", "the spokesman". The span excludes the article; type Person; the
/// descriptor is the span itself.</summary>
internal static class RoleMentionFinder
{
    private const int MaxModifiers = 3;

    public static IEnumerable<(int First, int Last)> Find(List<Word> words, Gazetteer gazetteer)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k].Lower != "the" || words[k + 1].GapBefore != WordGap.Space)
            {
                continue;
            }

            var j = k + 1;
            var modifiers = 0;
            while (j < words.Count && words[j].GapBefore == WordGap.Space)
            {
                var length = TitleMatcher.TitleLength(words, j, gazetteer);
                if (length > 0 && !words[j].IsCapitalised)
                {
                    var last = j + length - 1;
                    if (!FollowedByName(words, last))
                    {
                        yield return (k + 1, last);
                    }

                    break;
                }

                if (++modifiers > MaxModifiers || FunctionWords.Contains(words[j].Lower) || words[j].IsNumber || Ranks(words[j].Lower)
                    || (words[j].IsCapitalised && !DescriptorSplitter.IsModifier(words[j], gazetteer)))
                {
                    break;
                }

                j++;
            }
        }
    }

    /// <summary>"the largest employer", "the first customer", "the only bidder": a superlative or an ordinal ranks
    /// something among others; it does not name the one person holding a post.</summary>
    private static bool Ranks(string lower) =>
        (lower.Length > 5 && lower.EndsWith("est", StringComparison.Ordinal)) || lower is "first" or "second" or "third" or "last" or "only" or "next";

    private static bool FollowedByName(List<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].GapBefore == WordGap.Space && words[last + 1].IsCapitalised && !words[last].Possessive;
}
