namespace CrossCheck.Alignment;

/// <summary>An inverted index from anchors (lemmas, stems, entity ids, figures, months) to the claims holding
/// them, so each claim is aligned only with the few sentences of each other article that share the most
/// anchor weight, never with every sentence of the story.</summary>
internal sealed class CandidateIndex
{
    private const int StemLength = 5;

    private readonly IReadOnlyList<ClaimRecord> _claims;
    private readonly Dictionary<string, List<(int Claim, double Weight)>> _postings = new(StringComparer.Ordinal);

    public CandidateIndex(IReadOnlyList<ClaimRecord> claims)
    {
        _claims = claims;
        foreach (var claim in claims)
        {
            foreach (var (anchor, weight) in Anchors(claim.Profile))
            {
                if (!_postings.TryGetValue(anchor, out var list))
                {
                    _postings[anchor] = list = [];
                }

                if (list.Count == 0 || list[^1].Claim != claim.Index)
                {
                    list.Add((claim.Index, weight));
                }
            }
        }
    }

    /// <summary>The best candidates in each other article, by shared anchor weight.</summary>
    public IReadOnlyList<ClaimRecord> CandidatesFor(ClaimRecord claim, AlignmentThresholds thresholds, Func<string, bool> articleAllowed)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (anchor, weight) in Anchors(claim.Profile))
        {
            if (!_postings.TryGetValue(anchor, out var postings))
            {
                continue;
            }

            foreach (var (other, otherWeight) in postings)
            {
                if (other != claim.Index)
                {
                    scores[other] = scores.GetValueOrDefault(other) + Math.Min(weight, otherWeight);
                }
            }
        }

        var floor = thresholds.MinimumAnchorShare * claim.Profile.TotalWeight;
        return scores
            .Where(s => s.Value >= floor)
            .Select(s => (Record: _claims[s.Key], Score: s.Value))
            .Where(s => !string.Equals(s.Record.ArticleId, claim.ArticleId, StringComparison.Ordinal) && articleAllowed(s.Record.ArticleId))
            .GroupBy(s => s.Record.ArticleId, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(s => s.Score).ThenBy(s => s.Record.Index).Take(thresholds.CandidatesPerArticle))
            .Select(s => s.Record)
            .ToList();
    }

    private static IEnumerable<(string Anchor, double Weight)> Anchors(TextProfile profile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in profile.Units)
        {
            foreach (var anchor in AnchorsOf(unit))
            {
                if (seen.Add(anchor))
                {
                    yield return (anchor, unit.Weight);
                }
            }
        }
    }

    private static IEnumerable<string> AnchorsOf(AlignmentUnit unit)
    {
        switch (unit.Kind)
        {
            case UnitKind.Word:
                yield return "w:" + unit.Key;
                if (unit.Key.Length > StemLength + 1)
                {
                    yield return "s:" + unit.Key[..StemLength];
                }

                break;
            case UnitKind.Entity:
                yield return "e:" + unit.Key;
                foreach (var word in unit.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return "w:" + word.ToLowerInvariant();
                }

                break;
            case UnitKind.Quantity:
                yield return "q:" + unit.Quantity!.Value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
                break;
            case UnitKind.Date:
                yield return "d:" + (unit.Key.Length >= 7 ? unit.Key[..7] : unit.Key);
                break;
        }
    }
}
