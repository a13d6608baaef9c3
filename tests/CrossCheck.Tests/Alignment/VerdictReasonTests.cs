using CrossCheck.Alignment;
using CrossCheck.Analysis.Claims;

namespace CrossCheck.Tests.Alignment;

public sealed class VerdictReasonTests
{
    private static readonly Dictionary<string, string> Outlets = new()
    {
        ["m"] = "Meridian Wire", ["c"] = "Coastline Herald", ["l"] = "The Lantern", ["b"] = "Brisk News", ["v"] = "Valley Ledger",
    };

    private static Claim ClaimOf(string text, string? attribution = null, bool hedged = false) =>
        new("m#c1", 0, 0, text.Length, text, attribution, hedged, false);

    private static Evidence Cite(string article, EvidenceRelation relation, ConflictSides? sides = null) =>
        new(article, article + "#c1", "Another sentence.", relation, 0.8, sides is null ? [] : ["conflict"], sides is null ? null : [sides]);

    private static string Reason(Claim claim, ClaimStatus status, IReadOnlyList<Evidence> evidence, params VerdictReason.OtherSide[] against) =>
        VerdictReason.Of(claim, "m", status, evidence, against, id => Outlets[id]);

    [Fact]
    public void A_clash_names_both_outlets_and_what_each_says()
    {
        var sides = new ConflictSides("killing two dock workers", "three people died");
        var reason = Reason(ClaimOf("A fire at the docks killed two dock workers."), ClaimStatus.Contradicted,
            [Cite("c", EvidenceRelation.Contradicts, sides)],
            new VerdictReason.OtherSide("c", "Three people died in the fire.", sides, null, false));

        Assert.Equal("Meridian Wire says “killing two dock workers”; Coastline Herald says “three people died”.", reason);
    }

    [Fact]
    public void Mixed_evidence_shows_the_support_as_well()
    {
        var sides = new ConflictSides("two", "three");
        var reason = Reason(ClaimOf("Two died."), ClaimStatus.Contradicted,
            [Cite("c", EvidenceRelation.Contradicts, sides), Cite("l", EvidenceRelation.Contradicts, sides), Cite("b", EvidenceRelation.Supports)],
            new VerdictReason.OtherSide("c", "Three died.", sides, null, false), new VerdictReason.OtherSide("l", "Three died.", sides, null, false));

        Assert.EndsWith("Also contradicted by The Lantern. Supported by Brisk News.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clash_without_excerpts_quotes_the_statements_cut_short()
    {
        var reason = Reason(ClaimOf("The port authority denied that any water had been released from the northern reservoir during the storm on Tuesday night."),
            ClaimStatus.Contradicted, [Cite("c", EvidenceRelation.Contradicts)],
            new VerdictReason.OtherSide("c", "Engineers opened the floodgates.", null, "engineers", true));

        Assert.Equal("Meridian Wire says “The port authority denied that any water had been released from the northern reservoir …”; "
            + "Coastline Herald says “Engineers opened the floodgates” (attributed to engineers; hedged).", reason);
    }

    [Fact]
    public void Confirmations_name_the_outlets()
    {
        Assert.Equal("Confirmed by Coastline Herald and The Lantern.",
            Reason(ClaimOf("x"), ClaimStatus.Corroborated, [Cite("c", EvidenceRelation.Supports), Cite("l", EvidenceRelation.Supports), Cite("c", EvidenceRelation.Partial)]));
        Assert.Equal("Confirmed by Coastline Herald, The Lantern, Brisk News and 1 other.",
            Reason(ClaimOf("x"), ClaimStatus.Corroborated, [.. new[] { "c", "l", "b", "v" }.Select(o => Cite(o, EvidenceRelation.Supports))]));
        Assert.Equal("Partly confirmed by Brisk News.", Reason(ClaimOf("x"), ClaimStatus.Partial, [Cite("b", EvidenceRelation.Partial)]));
    }

    [Fact]
    public void A_single_source_claim_keeps_its_attribution_and_hedge()
    {
        Assert.Equal("Only Meridian Wire reports this (attributed to the coast guard; hedged).",
            Reason(ClaimOf("Two passengers may have been flown out.", "the coast guard", hedged: true), ClaimStatus.SingleSource, []));
        Assert.Equal("Only Meridian Wire reports this.", Reason(ClaimOf("x"), ClaimStatus.SingleSource, []));
    }

    [Fact]
    public void The_claim_markers_stay_on_its_own_side_of_a_clash()
    {
        var sides = new ConflictSides("12 arrests", "20 people were detained");
        var reason = Reason(ClaimOf("Police reportedly made 12 arrests.", "police", hedged: true), ClaimStatus.Contradicted,
            [Cite("c", EvidenceRelation.Contradicts, sides)], new VerdictReason.OtherSide("c", "Twenty were detained.", sides, null, false));

        Assert.Equal("Meridian Wire says “12 arrests” (attributed to police; hedged); Coastline Herald says “20 people were detained”.", reason);
    }
}
