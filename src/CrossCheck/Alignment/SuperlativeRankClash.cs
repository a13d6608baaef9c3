using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>One thing given two places in one ranking by a superlative: "it was the largest seizure at the port this
/// year" / "it was the second-largest seizure at Orvalo this year", "the third-busiest airport" / "the busiest
/// airport". A superlative without an ordinal is first. The two superlatives must be one adjective (the same WordNet
/// lemma: "largest", "biggest" are two) said of the same noun right after it, in sentences about the same event
/// (decision 442). The ordinals are <see cref="NumberWords.RankOrdinal"/>'s.</summary>
internal static partial class SuperlativeRankClash
{
    /// <summary>The two places ("second-largest seizure vs largest seizure"), or null when there is no such clash.</summary>
    public static string? Find(string claim, string other, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(sameEvent);
        var mine = Read(claim);
        if (mine.Count == 0)
        {
            return null;
        }

        var theirs = Read(other);
        foreach (var a in mine)
        {
            foreach (var b in theirs)
            {
                if (a.Rank != b.Rank && string.Equals(a.Adjective, b.Adjective, StringComparison.Ordinal)
                    && string.Equals(a.Head, b.Head, StringComparison.Ordinal))
                {
                    return sameEvent() ? $"{a.Text} vs {b.Text}" : null;
                }
            }
        }

        return null;
    }

    private sealed record Ranked(int Rank, string Adjective, string Head, string Text);

    /// <summary>The superlatives of a text with their place (1 without an ordinal) and the noun after them.</summary>
    private static List<Ranked> Read(string text)
    {
        var found = new List<Ranked>();
        foreach (Match match in Superlative().Matches(text))
        {
            var word = match.Groups["sup"].Value.ToLowerInvariant();
            var adjective = Lexicon.Default.Lemma(word, PartOfSpeech.Adjective);
            if (string.Equals(adjective, word, StringComparison.Ordinal))
            {
                continue;
            }

            var before = match.Groups["ord"].Value.ToLowerInvariant();
            var ordinal = NumberWords.RankOrdinal(before) ?? OrdinalDigits(before);
            var head = Lexicon.Default.Lemma(match.Groups["head"].Value.ToLowerInvariant(), PartOfSpeech.Noun);
            var start = ordinal is null ? match.Groups["sup"].Index : match.Index;
            found.Add(new Ranked(ordinal ?? 1, adjective, head, text[start..(match.Index + match.Length)]));
        }

        return found;
    }

    private static int? OrdinalDigits(string word) =>
        word.Length > 2 && NumberWords.OrdinalSuffixes.Contains(word[^2..])
        && int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An optional word before (the ordinal, joined by a hyphen or a space), an "-est" adjective, and the noun
    /// after it.</summary>
    [GeneratedRegex(@"(?:\b(?<ord>[A-Za-z0-9]+)[- ])?\b(?<sup>[A-Za-z]{2,}est)\s+(?<head>[A-Za-z]+)")]
    private static partial Regex Superlative();
}
