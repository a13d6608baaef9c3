using System.Globalization;
using CrossCheck.Text;

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

    /// <summary>Posting list of each anchor, by anchor id.</summary>
    private readonly List<List<int>> _postings = [];

    /// <summary>Whether each anchor (by id) is a counted thing's anchor ("n:", <see cref="CountedThingPrefix"/>).</summary>
    private readonly List<bool> _countedThing = [];
    private readonly (int Anchor, double Weight)[][] _anchorsByClaim;
    private readonly HashSet<int>[] _anchorSetByClaim;
    private readonly int _commonCount;
    private readonly double[] _scores;

    public CandidateIndex(IReadOnlyList<ClaimRecord> claims)
    {
        _claims = claims;
        _anchorsByClaim = new (int, double)[claims.Count][];
        _anchorSetByClaim = new HashSet<int>[claims.Count];
        _scores = new double[claims.Count];
        var anchorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var anchors = new List<(int, double)>();
            var set = new HashSet<int>();
            // A contest figure of one side or one game clock ("Klitschko, 53-3" / "took Klitschko's record to 52-3")
            // may be stated in few shared words: it is anchored like a counted thing, so the best such sentence of
            // each article is a candidate.
            var tallies = TallyClash.Anchors(claim.Claim.Text).Select(a => (CountedThingPrefix + a, TallyAnchorWeight));
            foreach (var (anchor, weight) in Anchors(claim.Profile).Concat(tallies))
            {
                if (!anchorIds.TryGetValue(anchor, out var id))
                {
                    anchorIds[anchor] = id = _postings.Count;
                    _postings.Add([]);
                    _countedThing.Add(anchor.StartsWith(CountedThingPrefix, StringComparison.Ordinal));
                }

                if (set.Add(id))
                {
                    anchors.Add((id, weight));
                    _postings[id].Add(claim.Index);
                }
            }

            _anchorsByClaim[claim.Index] = [.. anchors];
            _anchorSetByClaim[claim.Index] = set;
        }

        _commonCount = Math.Max(MinimumCommonCount, (int)(CommonShare * claims.Count));
    }

    /// <summary>The best candidates in each other article, by shared anchor weight: at most
    /// <see cref="AlignmentThresholds.CandidatesPerArticle"/> per article, each at least half as good as that
    /// article's best and above <see cref="AlignmentThresholds.MinimumAnchorShare"/> of the claim, and the best
    /// sentence that counts the same named thing as the claim (an "n:" anchor) whatever else it shares. One list per
    /// article, best first, the articles in order of their best candidate's position in the story.</summary>
    public IReadOnlyList<IReadOnlyList<ClaimRecord>> CandidatesFor(ClaimRecord claim, AlignmentThresholds thresholds, Func<string, bool> articleAllowed)
    {
        var anchors = _anchorsByClaim[claim.Index];
        var (rarest, secondRarest) = RarestTwo(anchors);
        var touched = new List<int>();
        foreach (var (anchor, weight) in anchors)
        {
            var postings = _postings[anchor];
            if (IsWalked(anchor, rarest, secondRarest))
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
            if (!IsWalked(anchor, rarest, secondRarest))
            {
                foreach (var other in touched)
                {
                    if (_anchorSetByClaim[other].Contains(anchor))
                    {
                        _scores[other] += weight;
                    }
                }
            }
        }

        var floor = thresholds.MinimumAnchorShare * claim.Profile.TotalWeight;
        var allowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var byArticle = new Dictionary<string, List<(ClaimRecord Record, double Score, double Cosine, bool Counted, bool Retrieved)>>(StringComparer.Ordinal);
        var counted = anchors.Where(a => _countedThing[a.Anchor]).Select(a => a.Anchor).ToList();
        foreach (var other in touched)
        {
            var score = _scores[other];
            _scores[other] = 0;
            var record = _claims[other];
            if (other == claim.Index || string.Equals(record.ArticleId, claim.ArticleId, StringComparison.Ordinal))
            {
                continue;
            }

            // Articles not allowed (not independent of the claim's) are passed over before the cosine is computed:
            // it is the costly part of a candidate, and only allowed articles' candidates need it.
            if (!allowed.TryGetValue(record.ArticleId, out var ok))
            {
                allowed[record.ArticleId] = ok = articleAllowed(record.ArticleId);
            }

            if (!ok)
            {
                continue;
            }

            // A sentence as close in meaning as a paraphrase is a candidate however few anchors it shares.
            var cosine = SemanticSimilarity.Of(claim, record);
            var paraphrase = cosine >= thresholds.ParaphraseCosine;
            var countsTheSameThing = counted.Count > 0 && counted.Exists(_anchorSetByClaim[other].Contains);
            if (score < floor && !paraphrase && !countsTheSameThing)
            {
                continue;
            }

            if (!byArticle.TryGetValue(record.ArticleId, out var list))
            {
                byArticle[record.ArticleId] = list = [];
            }

            list.Add((record, score, cosine, countsTheSameThing, score >= floor || paraphrase));
        }

        // Within an article, candidates are ranked by shared anchor weight (as a share of the claim's) plus their
        // cosine with the claim: of two sentences naming the same people, the one that says what the claim says
        // comes first.
        var claimWeight = Math.Max(claim.Profile.TotalWeight, double.Epsilon);
        var candidates = new List<IReadOnlyList<ClaimRecord>>(byArticle.Count);
        foreach (var list in byArticle.Values)
        {
            var retrieved = list.Where(s => s.Retrieved).ToList();
            var best = retrieved.Count == 0 ? 0 : retrieved.Max(s => s.Score);
            var ranked = retrieved
                .Where(s => s.Score >= best * RelativeToBest || s.Cosine >= thresholds.ParaphraseCosine)
                .OrderByDescending(s => (s.Score / claimWeight) + s.Cosine)
                .ThenBy(s => s.Record.Index)
                .Take(thresholds.CandidatesPerArticle)
                .Select(s => s.Record)
                .ToList();

            // A sentence counting the same named thing ("48,000 units" / "more than 60,000 units") may state the
            // claim's figure in few of its words: the best such sentence of the article is a candidate too.
            if (list.Where(s => s.Counted && !ranked.Contains(s.Record))
                    .OrderByDescending(s => (s.Score / claimWeight) + s.Cosine).ThenBy(s => s.Record.Index)
                    .Select(s => s.Record).FirstOrDefault() is { } sameThing
                && !list.Any(s => s.Counted && ranked.Contains(s.Record)))
            {
                ranked.Add(sameThing);
            }

            if (ranked.Count == 0)
            {
                continue;
            }

            candidates.Add(ranked);
        }

        candidates.Sort((x, y) => x[0].Index.CompareTo(y[0].Index));
        return candidates;
    }

    /// <summary>Rare anchors' posting lists are walked; so are the claim's two rarest anchors that another claim
    /// shares, even when common, or a sentence that many outlets repeat almost word for word (all its shared
    /// anchors common) would find no candidate.</summary>
    private bool IsWalked(int anchor, int rarest, int secondRarest) =>
        _postings[anchor].Count <= _commonCount || anchor == rarest || anchor == secondRarest;

    private (int Rarest, int SecondRarest) RarestTwo((int Anchor, double Weight)[] anchors)
    {
        var (rarest, second) = (-1, -1);
        foreach (var (anchor, _) in anchors)
        {
            var count = _postings[anchor].Count;
            if (count < 2)
            {
                continue;
            }

            if (rarest < 0 || count < _postings[rarest].Count)
            {
                (rarest, second) = (anchor, rarest);
            }
            else if (second < 0 || count < _postings[second].Count)
            {
                second = anchor;
            }
        }

        return (rarest, second);
    }

    /// <summary>Weight of the anchor of a record's holder or of a game clock (<see cref="TallyClash.Anchors"/>).</summary>
    private const double TallyAnchorWeight = 1.0;

    /// <summary>Prefix of the anchor of a count's named thing (its head noun, singular).</summary>
    private const string CountedThingPrefix = "n:";

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

        // A named person's age is compared with another report's age of that person whatever else the sentences
        // share (<see cref="PersonAges"/>): the pair is a counted thing's candidate.
        foreach (var (age, person) in PersonAges.Ages(profile))
        {
            var anchor = CountedThingPrefix + "age of " + person.Surname;
            if (seen.Add(anchor))
            {
                yield return (anchor, age.Weight);
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
                if (unit.Slot is { Outcome: not OutcomeSlot.None } outcome)
                {
                    // Two figures of one outcome may differ in value and predicate ("killed two" / "three died").
                    yield return "o:" + outcome.Outcome;
                }
                else if (unit.Slot is { People: true } && unit.Quantity.Dimension == QuantityDimension.Count)
                {
                    // A count of people with no outcome (a crowd) may differ in value and predicate ("as many as 20,000
                    // people took to the streets" / "put the march at roughly 30,000 people").
                    yield return "p:people";
                }

                if (unit.Quantity.Dimension == QuantityDimension.Count && unit.Slot is { Outcome: OutcomeSlot.None }
                    && SlotComparison.Head(unit.Quantity.Counts) is { } head && !EventWords.PeopleNouns.Contains(head))
                {
                    // A count of one named kind of thing ("60,000 battery packs", "146 passengers") may differ in value
                    // and predicate from another report's count of it ("is recalling about 48,000 packs").
                    yield return CountedThingPrefix + SlotComparison.Singular(head);
                }

                if (unit.Quantity.Dimension is QuantityDimension.Magnitude or QuantityDimension.Age or QuantityDimension.Duration or QuantityDimension.Length)
                {
                    // Measures an event has one of ("a magnitude of 5.9" / "a magnitude-6.1 temblor", "served five
                    // months" / "serving more than four years") may differ in value and in every other word.
                    yield return "u:" + unit.Quantity.BaseUnit;
                }

                break;
            case UnitKind.Date:
                yield return "d:" + (unit.Key.Length >= 7 ? unit.Key[..7] : unit.Key);
                if (unit.Slot is { Date: not DateSlot.None } dated)
                {
                    yield return "t:" + dated.Date;
                }

                break;
        }
    }
}
