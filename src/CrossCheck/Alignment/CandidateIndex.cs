using System.Globalization;

namespace CrossCheck.Alignment;

/// <summary>An inverted index from anchors (lemmas, stems, entity ids, figures, months) to the claims holding
/// them, so each claim is aligned only with the few sentences of each other article that share the most
/// anchor weight, never with every sentence of the story. Anchors found in many claims ("Kosovo" in a Kosovo
/// story) only add weight to candidates that a rarer anchor found, so their long posting lists are never
/// walked.</summary>
internal sealed class CandidateIndex
{
    private const int StemLength = 5;

    /// <summary>Anchors in more claims than this share (and more than <see cref="MinimumCommonCount"/>) are common.</summary>
    private const double CommonShare = 0.15;

    private const int MinimumCommonCount = 12;

    /// <summary>Within one article, candidates scoring under half the best are not aligned.</summary>
    private const double RelativeToBest = 0.5;

    private readonly IReadOnlyList<ClaimRecord> _claims;
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] _anchorsByClaim;
    private readonly int _commonCount;
    private readonly double[] _scores;

    public CandidateIndex(IReadOnlyList<ClaimRecord> claims)
    {
        _claims = claims;
        _anchorsByClaim = new HashSet<string>[claims.Count];
        _scores = new double[claims.Count];
        foreach (var claim in claims)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (anchor, _) in Anchors(claim.Profile))
            {
                anchors.Add(anchor);
                if (!_postings.TryGetValue(anchor, out var list))
                {
                    _postings[anchor] = list = [];
                }

                list.Add(claim.Index);
            }

            _anchorsByClaim[claim.Index] = anchors;
        }

        _commonCount = Math.Max(MinimumCommonCount, (int)(CommonShare * claims.Count));
    }

    /// <summary>The best candidates in each other article, by shared anchor weight: at most
    /// <see cref="AlignmentThresholds.CandidatesPerArticle"/> per article, each at least half as good as that
    /// article's best and above <see cref="AlignmentThresholds.MinimumAnchorShare"/> of the claim.</summary>
    public IReadOnlyList<ClaimRecord> CandidatesFor(ClaimRecord claim, AlignmentThresholds thresholds, Func<string, bool> articleAllowed)
    {
        var anchors = Anchors(claim.Profile).ToList();
        var touched = new List<int>();
        foreach (var (anchor, weight) in anchors)
        {
            if (_postings.TryGetValue(anchor, out var postings) && postings.Count <= _commonCount)
            {
                foreach (var other in postings)
                {
                    if (_scores[other] == 0)
                    {
                        touched.Add(other);
                    }

                    _scores[other] += weight;
                }
            }
        }

        foreach (var (anchor, weight) in anchors)
        {
            if (_postings.TryGetValue(anchor, out var postings) && postings.Count > _commonCount)
            {
                foreach (var other in touched)
                {
                    if (_anchorsByClaim[other].Contains(anchor))
                    {
                        _scores[other] += weight;
                    }
                }
            }
        }

        var floor = thresholds.MinimumAnchorShare * claim.Profile.TotalWeight;
        var allowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var byArticle = new Dictionary<string, List<(ClaimRecord Record, double Score)>>(StringComparer.Ordinal);
        foreach (var other in touched)
        {
            var score = _scores[other];
            _scores[other] = 0;
            var record = _claims[other];
            if (score < floor || other == claim.Index || string.Equals(record.ArticleId, claim.ArticleId, StringComparison.Ordinal))
            {
                continue;
            }

            if (!allowed.TryGetValue(record.ArticleId, out var ok))
            {
                allowed[record.ArticleId] = ok = articleAllowed(record.ArticleId);
            }

            if (ok)
            {
                if (!byArticle.TryGetValue(record.ArticleId, out var list))
                {
                    byArticle[record.ArticleId] = list = [];
                }

                list.Add((record, score));
            }
        }

        var candidates = new List<ClaimRecord>();
        foreach (var list in byArticle.Values)
        {
            list.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Record.Index.CompareTo(y.Record.Index));
            var best = list[0].Score;
            candidates.AddRange(list.TakeWhile(s => s.Score >= best * RelativeToBest).Take(thresholds.CandidatesPerArticle).Select(s => s.Record));
        }

        candidates.Sort((x, y) => x.Index.CompareTo(y.Index));
        return candidates;
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
                foreach (var word in unit.SurfaceWords ?? [])
                {
                    yield return "w:" + word;
                }

                break;
            case UnitKind.Quantity:
                yield return "q:" + unit.Quantity!.Value.ToString("G3", CultureInfo.InvariantCulture);
                break;
            case UnitKind.Date:
                yield return "d:" + (unit.Key.Length >= 7 ? unit.Key[..7] : unit.Key);
                break;
        }
    }
}
