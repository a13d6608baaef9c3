using CrossCheck.Alignment;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Pipeline;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Alignment;

/// <summary>Slot transitivity (decision 360): claims of different reports stating one slot with one value form a side;
/// a clash the judge found between two members of two sides reaches every member of each side from an independent
/// report, under the judge's own guards. Every report here is made up for the test (a ferry, a match, a bridge).</summary>
public sealed class SlotTransitivityTests
{
    private static readonly UnitMatcher Matcher = new(LexiconRelatedness.Default);

    /// <summary>Three reports of one ferry: a and b give 212 passengers aboard, c gives 198.</summary>
    private static readonly string[] Orla =
    [
        "The ferry Orla ran aground with 212 passengers aboard.",
        "There were 212 passengers on board the Orla when it struck the reef.",
        "The Orla had 198 passengers on board when it struck the reef.",
    ];

    private static IReadOnlyList<ClaimRecord> Claims(params string[] texts)
    {
        var analysed = texts.Select((t, i) => ArticleAnalyser.Analyse(
            new Article(((char)('a' + i)).ToString(), ((char)('a' + i)).ToString(), string.Empty, t, Outlet: "Outlet " + (char)('A' + i)), SentenceEmbedder.Shared)).ToList();
        return StoryClaims.Build(analysed, EntityResolver.Resolve(analysed), LexiconRelatedness.Default).Claims;
    }

    private static int Slot(ClaimRecord claim, UnitKind kind = UnitKind.Quantity) =>
        claim.Profile.Units.ToList().FindIndex(u => u.Kind == kind);

    private static Evidence Cite(ClaimRecord other, EvidenceRelation relation) => new(other.ArticleId, other.Claim.Id, other.Claim.Text, relation, 0.9, []);

    private static Judgement Clashing(ClaimRecord claim, ClaimRecord other, UnitKind kind = UnitKind.Quantity) =>
        new(other, EvidenceRelation.Contradicts, 0.5, 0.5, ["clash"], [], 0, false,
            Sides: [SlotComparison.SidesOf(claim.Profile, Slot(claim, kind), other.Profile, Slot(other, kind))]);

    private static AssessedClaim Assessed(ClaimRecord claim, params Evidence[] evidence) =>
        new(claim.ArticleId, claim.Claim, evidence.Any(e => e.Relation == EvidenceRelation.Contradicts) ? ClaimStatus.Contradicted : ClaimStatus.Corroborated, evidence);

    private static Dictionary<int, List<Judgement>> Spread(IReadOnlyList<ClaimRecord> claims, IReadOnlyList<AssessedClaim> assessed,
        IReadOnlyList<IReadOnlyList<Judgement>> contradictions, Func<string, string, bool>? independent = null) =>
        SlotTransitivity.Spread(claims, contradictions, assessed, Matcher, independent ?? ((_, _) => true),
                (x, y) => WordAligner.Align(x.Profile, y.Profile, Matcher))
            .ToDictionary(p => p.Claim, p => p.Added);

    [Fact]
    public void A_clash_found_for_one_member_of_a_side_reaches_the_others_and_names_both_values()
    {
        // a and b agree on the passengers aboard; only b met c's other figure. d states c's figure again.
        var claims = Claims([.. Orla, "The Orla was carrying 198 passengers when it struck the reef."]);
        var (a, b, c, d) = (claims[0], claims[1], claims[2], claims[3]);
        var assessed = new[]
        {
            Assessed(a, Cite(b, EvidenceRelation.Supports)),
            Assessed(b, Cite(c, EvidenceRelation.Contradicts), Cite(a, EvidenceRelation.Supports)),
            Assessed(c, Cite(b, EvidenceRelation.Contradicts), Cite(d, EvidenceRelation.Supports)),
            Assessed(d, Cite(c, EvidenceRelation.Supports)),
        };
        IReadOnlyList<Judgement>[] contradictions = [[], [Clashing(b, c)], [Clashing(c, b)], []];

        var added = Spread(claims, assessed, contradictions);

        Assert.Contains(added[a.Index], j => j.Candidate == c && j.Relation == EvidenceRelation.Contradicts);
        Assert.Contains(added[a.Index], j => j.Candidate == d && j.Relation == EvidenceRelation.Contradicts);
        var sides = Assert.Single(added[a.Index].First(j => j.Candidate == d).Sides!);
        Assert.Contains("212", sides.Claim, StringComparison.Ordinal);
        Assert.Contains("198", sides.Other, StringComparison.Ordinal);
        Assert.Contains(added[d.Index], j => j.Candidate == a && j.Relation == EvidenceRelation.Contradicts);
        Assert.Contains(added[d.Index], j => j.Candidate == b && j.Relation == EvidenceRelation.Contradicts);
        // d, contradicted now, cites c as support it already had; a cites b already: no support is added twice.
        Assert.DoesNotContain(added[a.Index], j => j.Candidate == b);
        Assert.DoesNotContain(added[b.Index], j => j.Candidate == c);
    }

    [Fact]
    public void A_report_that_is_not_independent_of_the_other_side_gets_nothing_from_it()
    {
        var claims = Claims(Orla);
        var (a, b, c) = (claims[0], claims[1], claims[2]);
        var assessed = new[]
        {
            Assessed(a, Cite(b, EvidenceRelation.Supports)),
            Assessed(b, Cite(c, EvidenceRelation.Contradicts), Cite(a, EvidenceRelation.Supports)),
            Assessed(c, Cite(b, EvidenceRelation.Contradicts)),
        };
        IReadOnlyList<Judgement>[] contradictions = [[], [Clashing(b, c)], [Clashing(c, b)]];

        // a rewrote c: neither is another voice for the other.
        var added = Spread(claims, assessed, contradictions, (x, y) => !((x == "a" && y == "c") || (x == "c" && y == "a")));

        Assert.False(added.ContainsKey(a.Index));
        Assert.False(added.ContainsKey(c.Index));
    }

    [Theory]
    // A bound holds many values: "at least 212" is no member of the side of 212.
    [InlineData("At least 212 passengers were aboard the Orla when it ran aground off Skerrin.")]
    // Cars are another counted thing than passengers, whatever the figure.
    [InlineData("The Orla carried 212 cars when it ran aground off Skerrin.")]
    public void A_figure_with_another_scope_or_a_bound_is_not_on_the_side(string text)
    {
        var claims = Claims(
            text,
            "There were 212 passengers on board the Orla when it struck the reef.",
            "The Orla had 198 passengers on board when it struck the reef.");
        var (a, b, c) = (claims[0], claims[1], claims[2]);
        var assessed = new[]
        {
            Assessed(a, Cite(b, EvidenceRelation.Partial)),
            Assessed(b, Cite(c, EvidenceRelation.Contradicts), Cite(a, EvidenceRelation.Partial)),
            Assessed(c, Cite(b, EvidenceRelation.Contradicts)),
        };
        IReadOnlyList<Judgement>[] contradictions = [[], [Clashing(b, c)], [Clashing(c, b)]];

        var added = Spread(claims, assessed, contradictions);

        Assert.False(added.TryGetValue(a.Index, out var toA) && toA.Exists(j => j.Relation == EvidenceRelation.Contradicts), "a should not be contradicted");
    }

    [Theory]
    [InlineData("Guard Mika Dell scored 19 points for the Harriers.", "Mika Dell finished with 19 points for the Harriers.", "Forward Lena Ostrova scored 27 points for the Harriers.", false)]
    [InlineData("Guard Mika Dell scored 19 points for the Harriers.", "Mika Dell finished with 19 points for the Harriers.", "Guard Mika Dell scored 23 points for the Harriers.", true)]
    public void Figures_of_different_named_holders_never_join_a_clash(string first, string second, string third, bool spread)
    {
        var claims = Claims(first, second, third);
        var (a, b, c) = (claims[0], claims[1], claims[2]);
        var assessed = new[]
        {
            Assessed(a, Cite(b, EvidenceRelation.Supports)),
            Assessed(b, Cite(c, EvidenceRelation.Contradicts), Cite(a, EvidenceRelation.Supports)),
            Assessed(c, Cite(b, EvidenceRelation.Contradicts)),
        };
        IReadOnlyList<Judgement>[] contradictions = [[], [Clashing(b, c)], [Clashing(c, b)]];

        Assert.True(SlotTransitivity.SameValue(a.Profile, Slot(a), b.Profile, Slot(b), Matcher), "a and b state one figure");
        var added = Spread(claims, assessed, contradictions);

        Assert.Equal(spread, added.TryGetValue(a.Index, out var toA) && toA.Exists(j => j.Candidate == c && j.Relation == EvidenceRelation.Contradicts));
    }

    [Theory]
    [InlineData("The Vessing bridge reopened on 5 March 2026 after repairs.", "The Vessing bridge reopened to traffic on 5 March 2026.", true, false)]
    [InlineData("The Vessing bridge reopened on 5 March 2026 after repairs.", "The Vessing bridge reopened to traffic in March 2026.", false, false)]
    [InlineData("The Vessing bridge reopened on 5 March 2026 after repairs.", "The Vessing bridge reopened to traffic on 9 March 2026.", false, true)]
    [InlineData("Work on the Vessing bridge began on 3 March 2026.", "The Vessing bridge reopened on 9 March 2026.", false, false)]
    public void Dates_are_one_value_only_when_equal_and_clash_only_for_one_happening(string first, string second, bool sameValue, bool clash)
    {
        var claims = Claims(first, second);
        var (i, j) = (Slot(claims[0], UnitKind.Date), Slot(claims[1], UnitKind.Date));
        Assert.Equal(sameValue, SlotTransitivity.SameValue(claims[0].Profile, i, claims[1].Profile, j, Matcher));
        Assert.Equal(clash, SlotTransitivity.Clash(claims[0].Profile, i, claims[1].Profile, j, Matcher));
    }

    [Fact]
    public void A_side_that_agrees_and_clashes_with_itself_is_left_alone()
    {
        var claims = Claims(Orla);
        var (a, b, c) = (claims[0], claims[1], claims[2]);
        var assessed = new[]
        {
            Assessed(a, Cite(b, EvidenceRelation.Supports)),
            Assessed(b, Cite(a, EvidenceRelation.Supports)),
            Assessed(c),
        };
        // A clash recorded between two members of one side (a and b state the same figure) is no clash of two sides.
        IReadOnlyList<Judgement>[] contradictions = [[Clashing(a, b)], [], []];

        Assert.Empty(Spread(claims, assessed, contradictions));
    }
}
