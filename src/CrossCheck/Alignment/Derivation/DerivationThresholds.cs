namespace CrossCheck.Alignment.Derivation;

/// <summary>The settings of rewrite detection. Chosen on the sample corpus, fictional rewrites and ECB+ together
/// (docs/decisions.md, decision 140; figures in docs/benchmarks.md, "Rewrites").</summary>
internal sealed record DerivationThresholds
{
    public static DerivationThresholds Default { get; } = new();

    /// <summary>Rewrites are looked for at all (off: only the clustering's copies and the credits).</summary>
    public bool FindRewrites { get; init; } = true;

    /// <summary>Credited outlets become links (off: a credit only makes two reports dependent).</summary>
    public bool LinkCredits { get; init; } = true;

    /// <summary>Weight of the sentence vectors' cosine in a unit pair's similarity; the rest is the Dice overlap of
    /// their content words.</summary>
    public double CosineWeight { get; init; } = 0.6;

    /// <summary>Similarity at which two units (claims) are taken as one statement rewritten: a paraphrase or an edit.
    /// Reports of the same fact written apart reach it too; what tells a rewrite is that nearly all of a text's units
    /// reach it, in order.</summary>
    public double UnitSimilarity { get; init; } = 0.60;

    /// <summary>Each of two units merged into one (or split from one) must reach this cosine with the other side.</summary>
    public double MergePartCosine { get; init; } = 0.45;

    /// <summary>Share of the original's content (units weighted by their content words; quotations left out) that
    /// the alignment must cover: most of the original is in the rewrite.</summary>
    public double OriginalCoverage { get; init; } = 0.75;

    /// <summary>Share of the covered content of the original that must be aligned in order (the rest matched
    /// elsewhere: a sentence the rewrite moved). Independent reports of one event tell many of the same facts, but
    /// seldom sentence for sentence in the same order.</summary>
    public double InOrderShare { get; init; } = 0.8;

    /// <summary>Share of the rewrite's own content that must come from the original: a report that takes a few facts
    /// and writes the rest itself is its own.</summary>
    public double DerivedCoverage { get; init; } = 0.40;

    /// <summary>At least this many of the original's units must be aligned: a brief of two or three sentences that
    /// another report also states is not evidence of copying.</summary>
    public int MinimumAlignedUnits { get; init; } = 4;

    /// <summary>A unit whose characters are more than this share inside a direct quotation counts for neither side:
    /// independent reporters quote the same words.</summary>
    public double QuotedShare { get; init; } = 0.5;

    /// <summary>An aligned pair whose units average at least this cosine is a copy rather than a rewrite.</summary>
    public double CopyCosine { get; init; } = 0.95;

    /// <summary>In a story with more reports than this, each report is compared only with the
    /// <see cref="MaxComparedSources"/> reports closest to it in meaning (mean of its sentence vectors).</summary>
    public int MaxComparedSources { get; init; } = 24;

    /// <summary>Two units whose vectors reach this cosine and whose content words this Dice overlap repeat each other
    /// nearly word for word (<see cref="SentenceAlignment.FirstVerbatim"/>).</summary>
    public double VerbatimCosine { get; init; } = 0.9;

    /// <summary>See <see cref="VerbatimCosine"/>.</summary>
    public double VerbatimDice { get; init; } = 0.6;

    /// <summary>A unit counts as near-verbatim only with at least this many distinct content words on both sides.</summary>
    public int VerbatimMinimumWords { get; init; } = 6;

    /// <summary>The second way to qualify as a rewrite: at least <see cref="MinimumAlignedUnits"/> near-verbatim
    /// units, covering at least this share of the rewrite's content, in any order (a republication cut, reordered and
    /// extended keeps its source's wording, which independent reporters do not share).</summary>
    public double VerbatimCoverage { get; init; } = 0.2;

    /// <summary>The share of the original's content the near-verbatim units must cover (<see cref="VerbatimCoverage"/>).
    /// None is asked (decision 225): a cut that keeps four or five paragraphs of a long original word for word takes a
    /// small share of it; was 0.2, as for the rewrite.</summary>
    public double VerbatimOriginalCoverage { get; init; }

    /// <summary>Of two reports the dates do not order, the hub of their family (the one that accounts for more of the
    /// other members' content, or keeps more of their words) is the source when it does so by this share per
    /// member.</summary>
    public double HubMargin { get; init; } = 0.05;

    /// <summary>A report shorter than <see cref="MinimumAlignedUnits"/> units may be an original when another report
    /// rewrites all of it, keeping its wording (docs/decisions.md, decision 285; off: short reports are left to the copy
    /// index).</summary>
    public bool ShortOriginals { get; init; } = true;

    /// <summary>Of two reports the dates do not order, the one holding more content inside the span the two share
    /// (sentences between shared ones that the other lacks: a cut) is the source when it holds at least this many
    /// content words more (decision 286).</summary>
    public int InteriorMargin { get; init; } = 4;

    /// <summary>Of two near copies the dates do not order, the one whose own readings (words of their aligned
    /// sentences the other lacks) the story's other reports repeat more is the source, when by at least this many
    /// words and twice as many as the other's (decision 287).</summary>
    public int VariantMargin { get; init; } = 3;

    /// <summary>Of two reports the dates do not order that each edited the text they share, the one none of whose
    /// edits the story's other reports keep, while they keep at least <see cref="VariantMargin"/> of the other's, is
    /// the rewrite, before <see cref="InteriorMargin"/> is asked (decision 431; off: the readings are asked only after
    /// the interior).</summary>
    public bool UnkeptEdits { get; init; } = true;

    /// <summary>Units that stand in the same place between two aligned pairs, one or two on each side, are aligned at
    /// this cosine (above 1: never).</summary>
    public double GapCosine { get; init; } = 0.5;

    /// <summary>A gap between two aligned pairs whose two sides differ in length (a sentence cut or added there) and
    /// hold at most <see cref="UnevenGapUnits"/> units each is aligned in order at this cosine (above 1: never;
    /// docs/decisions.md, decision 346).</summary>
    public double UnevenGapCosine { get; init; } = 0.6;

    /// <summary>See <see cref="UnevenGapCosine"/>.</summary>
    public int UnevenGapUnits { get; init; } = 4;

    /// <summary>The third way to qualify as a rewrite (decision 405): aligned in order as for the first, the rewrite's
    /// own share as for the first, the original's coverage not asked, and at least this share of the rewrite's content
    /// in units closer to the original than to any other report of the story (above 1: never).</summary>
    public double ExclusiveShare { get; init; } = 0.4;

    /// <summary>How much closer a unit must be to the original than to every other report to count towards
    /// <see cref="ExclusiveShare"/>.</summary>
    public double ExclusiveMargin { get; init; } = 0.1;

    /// <summary>Reports other than the two compared the story must hold for <see cref="ExclusiveShare"/> to be asked.</summary>
    public int ExclusiveWitnesses { get; init; } = 2;
}
