namespace CrossCheck.Alignment;

/// <summary>The decision thresholds of claim alignment, as weighted coverage (IDF-weighted share of a claim's
/// content aligned to the other text). Calibrated on the seed pair and hand-written paraphrase/non-paraphrase
/// pairs; see docs/decisions.md (## Alignment) for the figures behind each.</summary>
internal sealed record AlignmentThresholds
{
    public static AlignmentThresholds Default { get; } = new();

    /// <summary>The other sentence states all of the claim.</summary>
    public double Supports { get; init; } = 0.60;

    /// <summary>A lower bar for support when the two sentences are mutual paraphrases: the other sentence is
    /// itself covered by the claim at least <see cref="Supports"/> (each adds only a detail, such as a
    /// relative clause, the other lacks).</summary>
    public double MutualSupports { get; init; } = 0.50;

    /// <summary>Several sentences of one source together state all of the claim (each piece holding at least
    /// <see cref="MinimumAlignedUnits"/> units and <see cref="PartialWhenContained"/> of the claim).</summary>
    public double UnionSupports { get; init; } = 0.60;

    /// <summary>The other sentence states a substantial part of the claim.</summary>
    public double Partial { get; init; } = 0.40;

    /// <summary>Lower bar for partial support when the other sentence is mostly about the claim (its own
    /// coverage by the claim reaches <see cref="ContainedReverse"/>): a report of one part of it. Such
    /// pieces from one source may together cover the whole claim.</summary>
    public double PartialWhenContained { get; init; } = 0.20;

    /// <summary>Share of the other sentence that must be inside the claim for the lower partial bar.</summary>
    public double ContainedReverse { get; init; } = 0.40;

    /// <summary>Coverage, leaving out the conflicting slot, above which two sentences talk about the same
    /// thing so that a differing number or date is a contradiction rather than another fact.</summary>
    public double SameStatement { get; init; } = 0.60;

    /// <summary>Minimum number of aligned units for any support (one shared name is topic, not support).</summary>
    public int MinimumAlignedUnits { get; init; } = 2;

    /// <summary>Candidate filter: share of the claim's weight that shared anchors must reach.</summary>
    public double MinimumAnchorShare { get; init; } = 0.15;

    /// <summary>Candidate sentences aligned per other article (best by anchor weight).</summary>
    public int CandidatesPerArticle { get; init; } = 4;

    /// <summary>Sentences whose embeddings are less similar than this (cosine) are about something else: they
    /// neither support nor partly support a claim, however many words they share with it.</summary>
    public double SupportCosine { get; init; } = 0.35;

    /// <summary>Loose lexical relatives (siblings, distant hypernyms) count nothing between sentences below this
    /// cosine and in full from <see cref="LooseRelativesFullCosine"/>, linearly between.</summary>
    public double LooseRelativesCosine { get; init; } = 0.3;

    /// <summary>See <see cref="LooseRelativesCosine"/>.</summary>
    public double LooseRelativesFullCosine { get; init; } = 0.5;

    /// <summary>Coverage at which a sentence holds the claim nearly word for word: a quoted fragment ("We will do
    /// what is needed") inside the sentence that reports it is confirmed however little the short fragment's
    /// embedding resembles the long sentence's.</summary>
    public double VerbatimCoverage { get; init; } = 0.9;

    /// <summary>A sentence this close in meaning (cosine) to the claim supports it when it covers at least
    /// <see cref="Partial"/> of it and is not itself mostly inside the claim (less than <see cref="Supports"/> of it
    /// covered by the claim: a sentence that states only a part of the claim is partial support): a paraphrase in
    /// other words.</summary>
    public double ParaphraseCosine { get; init; } = 0.7;

    /// <summary>Sentences at least this close in meaning (cosine) that state an equal figure state the same figure even
    /// when they name what it counts with nouns the lexicon does not link ("collected from four points" / "available
    /// at four sites"); see <see cref="SlotComparison.Compare"/>. Only agreement is read this way: the embedding never
    /// makes a clash.</summary>
    public double SameFigureCosine { get; init; } = 0.6;

    /// <summary>The weight of loose lexical relatives between two sentences of this cosine.</summary>
    public double LooseRelativeWeight(double cosine) =>
        Math.Clamp((cosine - LooseRelativesCosine) / (LooseRelativesFullCosine - LooseRelativesCosine), 0.0, 1.0);
}
