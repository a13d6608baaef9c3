namespace CrossCheck.Alignment;

/// <summary>Aligns each pair of claims once: the alignment of B with A is the alignment of A with B swapped.
/// Claims are judged in index order, so an alignment asked for by the later claim of a pair is its last use
/// and is dropped: the cache holds only pairs whose later claim is still to come.</summary>
internal sealed class AlignmentCache(UnitMatcher matcher, AlignmentThresholds thresholds)
{
    private readonly Dictionary<(int, int), PairAlignment> _pairs = [];

    /// <summary>The alignment of <paramref name="claim"/> (the claim being judged) with <paramref name="candidate"/>.</summary>
    public PairAlignment Get(ClaimRecord claim, ClaimRecord candidate)
    {
        if (claim.Index > candidate.Index)
        {
            return (_pairs.Remove((candidate.Index, claim.Index), out var earlier)
                ? earlier
                : WordAligner.Align(candidate.Profile, claim.Profile, matcher, LooseWeight(claim, candidate))).Swapped();
        }

        if (!_pairs.TryGetValue((claim.Index, candidate.Index), out var alignment))
        {
            alignment = WordAligner.Align(claim.Profile, candidate.Profile, matcher, LooseWeight(claim, candidate));
            _pairs[(claim.Index, candidate.Index)] = alignment;
        }

        return alignment;
    }

    private double LooseWeight(ClaimRecord claim, ClaimRecord candidate) => thresholds.LooseRelativeWeight(SemanticSimilarity.Of(claim, candidate));
}
