using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>Finds time expressions: every rule's matches, the longest of overlapping ones kept, and a clock
/// time merged into the day next to it ("Saturday at 3 p.m.", "15:00 GMT Saturday").</summary>
internal static partial class TimexRecognizer
{
    public static IReadOnlyList<TimexCandidate> Find(string text)
    {
        var all = new List<TimexCandidate>();
        var rules = TimexRules.All;
        for (var r = 0; r < rules.Count; r++)
        {
            for (var match = rules[r].Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    var start = SpanStart(match);
                    if (rules[r].TakesModifier && start > 0 && TimexPatterns.ModifierBefore().Match(text, 0, start) is { Success: true } modifier)
                    {
                        start = modifier.Index;
                    }

                    all.Add(new TimexCandidate(start, match.Index + match.Length, rules[r], match));
                }
            }
        }

        var kept = KeepLongest(all);
        return MergeClocks(text, kept);
    }

    /// <summary>Where the expression starts: words captured by a look-behind ("late", "the next") belong to it,
    /// except groups named "ctx…", which only read the context (the first year of "1957-58").</summary>
    private static int SpanStart(Match match)
    {
        var start = match.Index;
        for (var g = 1; g < match.Groups.Count; g++)
        {
            if (match.Groups[g].Name.StartsWith("ctx", StringComparison.Ordinal))
            {
                continue;
            }

            var captures = match.Groups[g].Captures;
            for (var c = 0; c < captures.Count; c++)
            {
                start = Math.Min(start, captures[c].Index);
            }
        }

        return start;
    }

    private static List<TimexCandidate> KeepLongest(List<TimexCandidate> all)
    {
        var ordered = all
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Rule.Priority)
            .ThenBy(c => c.Start);
        var kept = new List<TimexCandidate>();
        foreach (var candidate in ordered)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static List<TimexCandidate> MergeClocks(string text, List<TimexCandidate> kept)
    {
        var merged = new List<TimexCandidate>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var current = kept[i];
            if (i + 1 < kept.Count && TryMerge(text, current, kept[i + 1]) is { } combined)
            {
                merged.Add(combined);
                i++;
                continue;
            }

            merged.Add(current);
        }

        return merged;
    }

    private static TimexCandidate? TryMerge(string text, TimexCandidate first, TimexCandidate second)
    {
        var (day, clock) = first.Rule.IsClock ? (second, first) : (first, second);
        if (!clock.Rule.IsClock || !day.Rule.CarriesDay || day.Clock is not null)
        {
            return null;
        }

        var gap = text.AsSpan(first.End, second.Start - first.End);
        return Joiner().IsMatch(gap)
            ? day with { Start = first.Start, End = second.End, Clock = clock.Match }
            : null;
    }

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:at|on|from|by|around|about)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();
}
