namespace CrossCheck.Alignment;

/// <summary>Two texts to relate: how <see cref="A"/> bears on the claim(s) of <see cref="B"/>.</summary>
internal sealed record TextPair(string Id, string A, string B);

/// <summary>How one text bears on the claims of another (<c>crosscheck relate</c>).</summary>
internal enum PairRelation
{
    /// <summary>It says nothing about them (every claim single-source).</summary>
    None,

    /// <summary>It supports part of them.</summary>
    Partial,

    /// <summary>It states all of them.</summary>
    Supports,

    /// <summary>It contradicts one of them (a figure, a date, a polarity or an opposite).</summary>
    Contradicts,
}

/// <summary>The relation of a pair with its symmetric similarity in [0, 1] and the verdicts of B's claims it was
/// read from.</summary>
internal sealed record PairVerdict(string Id, double Similarity, PairRelation Relation, IReadOnlyList<AssessedClaim> Claims)
{
    /// <summary>What the similarity was made of (for --explain).</summary>
    public PairFeatures? Features { get; init; }
}

/// <summary>The measurements behind a pair's similarity: the cosine of the two texts' embeddings and the weighted
/// share of each text's content aligned with the other (word alignment over all their claims).</summary>
internal sealed record PairFeatures(double Cosine, double CoverageA, double CoverageB, int FiguresA, int FiguresB, int FiguresConfirmed);
