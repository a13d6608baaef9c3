using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Alignment;

/// <summary>Mixed evidence across a story (decision 360). Claims of different reports that state one slot (a figure of one
/// counted thing, the date or clock time of one happening) with one value form a side; the judge links them where one
/// sentence supports the other and their units agree. When the judge finds a member of one side contradicted on that slot by
/// a member of another side, every member of each side is contradicted by every member of the other side from an independent
/// report: "Hansen scored 31 points" (supported by "his 31 points") and "Hansen finished with 29" (the clash the judge
/// found with "his 31 points") meet, though the first and the last share too few words to be compared. The sides are read
/// from what the judge produced (the clashing units of its conflicts, <see cref="ConflictSides"/>, and the evidence of each
/// verdict); each pair that receives a clash is checked again on its own units with the judge's guards
/// (<see cref="SlotComparison.MayClash"/>: scopes, places, subsets, named holders), so a side never spreads a clash to a
/// figure with another scope. A side that both agrees and clashes with itself is left alone.</summary>
internal static class SlotTransitivity
{
    /// <summary>Members of one side at most (a story of hundreds of reports repeats its figures); a larger side is not spread.</summary>
    public const int MaxSide = 24;

    private readonly record struct Node(int Claim, int Unit);

    /// <summary>For each claim, the judgements to add: contradictions from the members of the other side, and support from
    /// the members of its own side it did not cite yet (each from an independent report only).</summary>
    public static IEnumerable<(int Claim, List<Judgement> Added)> Spread(
        IReadOnlyList<ClaimRecord> claims,
        IReadOnlyList<IReadOnlyList<Judgement>> contradictions,
        IReadOnlyList<AssessedClaim> assessed,
        UnitMatcher matcher,
        Func<string, string, bool> independent,
        Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(assessed);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(independent);
        ArgumentNullException.ThrowIfNull(align);

        var clashes = ClashEdges(claims, contradictions);
        if (clashes.Count == 0)
        {
            return [];
        }

        var peers = Peers(claims, assessed);
        var sideOf = new Dictionary<Node, int>();
        var sides = new List<List<Node>>();
        int SideOf(Node start)
        {
            if (sideOf.TryGetValue(start, out var known))
            {
                return known;
            }

            var id = sides.Count;
            var members = new List<Node> { start };
            sideOf[start] = id;
            for (var next = 0; next < members.Count && members.Count <= MaxSide; next++)
            {
                var node = members[next];
                foreach (var peer in peers[node.Claim])
                {
                    var unit = SameValueUnit(claims[node.Claim].Profile, node.Unit, claims[peer].Profile, matcher);
                    if (unit >= 0 && sideOf.TryAdd(new Node(peer, unit), id))
                    {
                        members.Add(new Node(peer, unit));
                    }
                }
            }

            sides.Add(members);
            return id;
        }

        var added = new SortedDictionary<int, Dictionary<int, Judgement>>();
        void Add(int target, Judgement judgement)
        {
            if (!added.TryGetValue(target, out var byCandidate))
            {
                added[target] = byCandidate = [];
            }

            if (!byCandidate.TryGetValue(judgement.Candidate.Index, out var present) || present.Relation != EvidenceRelation.Contradicts)
            {
                byCandidate[judgement.Candidate.Index] = judgement;
            }
        }

        foreach (var (from, to) in clashes)
        {
            var (one, other) = (SideOf(from), SideOf(to));
            if (one == other || sides[one].Count > MaxSide || sides[other].Count > MaxSide)
            {
                continue;
            }

            Meet(claims, sides[one], sides[other], assessed, matcher, independent, align, Add);
            Meet(claims, sides[other], sides[one], assessed, matcher, independent, align, Add);
        }

        return added.Select(p => (p.Key, p.Value.Values.OrderBy(j => j.Candidate.Index).ToList()));
    }

    /// <summary>Each member of <paramref name="side"/> receives the clash of each member of <paramref name="against"/> from
    /// another, independent report whose unit clashes with its own under the judge's guards, and, when it receives one, the
    /// support of its own side's members from independent reports.</summary>
    private static void Meet(
        IReadOnlyList<ClaimRecord> claims,
        List<Node> side,
        List<Node> against,
        IReadOnlyList<AssessedClaim> assessed,
        UnitMatcher matcher,
        Func<string, string, bool> independent,
        Func<ClaimRecord, ClaimRecord, PairAlignment> align,
        Action<int, Judgement> add)
    {
        foreach (var member in side)
        {
            var claim = claims[member.Claim];
            var cited = assessed[member.Claim].Evidence;
            var contradicted = false;
            foreach (var opponent in against)
            {
                var other = claims[opponent.Claim];
                if (!Apart(claim, other, independent)
                    || cited.Any(e => e.Relation == EvidenceRelation.Contradicts && string.Equals(e.ClaimId, other.Claim.Id, StringComparison.Ordinal))
                    || !Clash(claim.Profile, member.Unit, other.Profile, opponent.Unit, matcher)
                    )
                {
                    continue;
                }

                contradicted = true;
                add(member.Claim, Judged(claim, member.Unit, other, opponent.Unit, EvidenceRelation.Contradicts, align));
            }

            if (!contradicted)
            {
                continue;
            }

            foreach (var ally in side)
            {
                var other = claims[ally.Claim];
                if (ally != member && Apart(claim, other, independent)
                    && !cited.Any(e => string.Equals(e.ClaimId, other.Claim.Id, StringComparison.Ordinal)))
                {
                    add(member.Claim, Judged(claim, member.Unit, other, ally.Unit, EvidenceRelation.Supports, align));
                }
            }
        }
    }

    /// <summary>Two claims of different reports, neither derived from the other: a report never contradicts itself, and a
    /// rewrite never counts as another voice.</summary>
    private static bool Apart(ClaimRecord a, ClaimRecord b, Func<string, string, bool> independent) =>
        !string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal) && independent(a.ArticleId, b.ArticleId);

    /// <summary>The clashes the judge recorded with the units of each side: (claim, its unit) against (other, its unit).</summary>
    private static List<(Node From, Node To)> ClashEdges(IReadOnlyList<ClaimRecord> claims, IReadOnlyList<IReadOnlyList<Judgement>> contradictions)
    {
        var edges = new List<(Node, Node)>();
        for (var x = 0; x < claims.Count; x++)
        {
            foreach (var judgement in contradictions[x])
            {
                foreach (var sides in judgement.Sides ?? [])
                {
                    var y = judgement.Candidate.Index;
                    if (sides.ClaimUnit >= 0 && sides.OtherUnit >= 0 && IsSlotUnit(claims[x].Profile.Units[sides.ClaimUnit])
                        && IsSlotUnit(claims[y].Profile.Units[sides.OtherUnit]))
                    {
                        edges.Add((new Node(x, sides.ClaimUnit), new Node(y, sides.OtherUnit)));
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>The claims each claim is linked with by a verdict's support (either way): the candidates of one side.</summary>
    private static List<int>[] Peers(IReadOnlyList<ClaimRecord> claims, IReadOnlyList<AssessedClaim> assessed)
    {
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            indexById[claim.Claim.Id] = claim.Index;
        }

        var peers = claims.Select(_ => new HashSet<int>()).ToArray();
        for (var x = 0; x < claims.Count; x++)
        {
            foreach (var evidence in assessed[x].Evidence)
            {
                if (evidence.Relation != EvidenceRelation.Contradicts && indexById.TryGetValue(evidence.ClaimId, out var y) && y != x)
                {
                    peers[x].Add(y);
                    peers[y].Add(x);
                }
            }
        }

        return peers.Select(p => p.Order().ToList()).ToArray();
    }

    private static bool IsSlotUnit(AlignmentUnit unit) =>
        unit is { Kind: UnitKind.Quantity, Quantity.Restates: null } or { Kind: UnitKind.Date, OfStatement: false };

    /// <summary>The one unit of <paramref name="other"/> that states the slot of unit <paramref name="i"/> of
    /// <paramref name="profile"/> with the same value, and for which that unit is the one of <paramref name="profile"/>
    /// (a mutual single match); -1 when there is none or more than one.</summary>
    internal static int SameValueUnit(TextProfile profile, int i, TextProfile other, UnitMatcher matcher)
    {
        var found = -1;
        for (var j = 0; j < other.Units.Count; j++)
        {
            if (SameValue(profile, i, other, j, matcher))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = j;
            }
        }

        if (found < 0)
        {
            return -1;
        }

        for (var k = 0; k < profile.Units.Count; k++)
        {
            if (k != i && SameValue(profile, k, other, found, matcher))
            {
                return -1;
            }
        }

        return found;
    }

    /// <summary>Share of a figure by which two values of one side may differ (rounding of a conversion aside: "10 km" and
    /// "six miles" agree for the judge, but a side is built from one value, so that a chain of tolerances or of bounds
    /// never joins "at least three" to "as many as 20,000").</summary>
    public const double SameValueTolerance = 0.005;

    /// <summary>Two units state one slot with one value: one point figure (no bound: "at least three" holds many values) of
    /// one counted thing (or of an unsaid one) with one scope and no different named holders; one date or clock time of
    /// one date slot (the same value, not one within the other: "December" holds the 6th and the 7th).</summary>
    internal static bool SameValue(TextProfile a, int i, TextProfile b, int j, UnitMatcher matcher)
    {
        var (x, y) = (a.Units[i], b.Units[j]);
        if (!IsSlotUnit(x) || !IsSlotUnit(y) || x.Kind != y.Kind || !SameScope(a, x, b, y))
        {
            return false;
        }

        if (x.Kind == UnitKind.Date)
        {
            return !SlotComparison.DifferentDateSlots(x, y) && string.Equals(x.Key, y.Key, StringComparison.Ordinal);
        }

        return x.Quantity!.Dimension == y.Quantity!.Dimension
            && PointValue(x.Quantity) && PointValue(y.Quantity!)
            && string.Equals(x.Quantity.BaseUnit, y.Quantity!.BaseUnit, StringComparison.Ordinal)
            && Math.Abs(x.Quantity.BaseValue - y.Quantity.BaseValue) <= SameValueTolerance * Math.Max(Math.Abs(x.Quantity.BaseValue), Math.Abs(y.Quantity.BaseValue))
            && SlotComparison.Compatible(a, i, b, j) == true
            && SlotComparison.SameThing(x, y, matcher) != false
            && !FigureHolders.OfDifferentPeople(a, i, b, j)
            && !SlotComparison.NarrowedToAPlace(a, x, b) && !SlotComparison.NarrowedToAPlace(b, y, a);
    }

    /// <summary>The two units may be one slot by their scopes: no different places or named participants, and neither a
    /// part (a subset, an addition) where the other is not.</summary>
    private static bool PointValue(QuantityMention quantity) => quantity.Qualifier is QuantityQualifier.Exact or QuantityQualifier.Approximate;

    private static bool SameScope(TextProfile a, AlignmentUnit x, TextProfile b, AlignmentUnit y)
    {
        if (x.Slot is not { } slotX || y.Slot is not { } slotY)
        {
            return false;
        }

        return slotX.Scope.Compare(slotY.Scope) == ScopeRelation.Same
            && slotX.Scope.Subset == slotY.Scope.Subset && slotX.Additive == slotY.Additive && slotX.Scope.Wide == slotY.Scope.Wide
            && !SlotComparison.NamesDiffer(a, x, b, y);
    }

    /// <summary>Two units of one slot that cannot both hold, under the guards the judge applies to a clash of its own.</summary>
    internal static bool Clash(TextProfile a, int i, TextProfile b, int j, UnitMatcher matcher)
    {
        var (x, y) = (a.Units[i], b.Units[j]);
        if (!IsSlotUnit(x) || !IsSlotUnit(y) || x.Kind != y.Kind || x.Slot is null || y.Slot is null)
        {
            return false;
        }

        if (x.Kind == UnitKind.Date)
        {
            return !SlotComparison.DifferentDateSlots(x, y) && SlotComparison.DatesClash(x, y)
                && SlotComparison.ScopesAllowDateClash(a, x, b, y)
                && (SlotComparison.SameDateSlot(x, y) || SlotComparison.SamePredicate(x.Slot, y.Slot, matcher));
        }

        return x.Quantity!.Dimension == y.Quantity!.Dimension
            && SlotComparison.Compatible(a, i, b, j) == false
            && SlotComparison.SameThing(x, y, matcher) != false
            && SlotComparison.MayClash(a, i, b, j, SlotComparison.SameSubject(x.Quantity, y.Quantity!, matcher) == true, matcher)
            && !SlotComparison.NarrowedToAPlace(a, x, b) && !SlotComparison.NarrowedToAPlace(b, y, a);
    }

    private static Judgement Judged(ClaimRecord claim, int unit, ClaimRecord other, int otherUnit, EvidenceRelation relation, Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        var alignment = align(claim, other);
        var coverage = WordAligner.Coverage(claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Profile, alignment.SimilarityB);
        var (x, y) = (claim.Profile.Units[unit], other.Profile.Units[otherUnit]);
        if (relation != EvidenceRelation.Contradicts)
        {
            return new Judgement(other, relation, coverage, reverse, [], alignment.SimilarityA, x.Kind == UnitKind.Quantity ? 1 : 0, IsPiece: false,
                x.Kind == UnitKind.Date ? 1 : 0);
        }

        var conflict = x.Kind == UnitKind.Quantity ? QuantityComparer.DescribeConflict(x.Quantity!, y.Quantity!) : $"{x.Key} vs {y.Key}";
        return new Judgement(other, relation, coverage, reverse, [conflict], alignment.SimilarityA, 0, IsPiece: false,
            Sides: [SlotComparison.SidesOf(claim.Profile, unit, other.Profile, otherUnit)]);
    }
}
