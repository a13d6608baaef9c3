namespace CrossCheck.Alignment;

/// <summary>Aligns each pair of claims once: the alignment of B with A is the alignment of A with B swapped.</summary>
internal sealed class AlignmentCache(UnitMatcher matcher)
{
    private readonly Dictionary<(int, int), PairAlignment> _pairs = [];

    public PairAlignment Get(ClaimRecord a, ClaimRecord b)
    {
        if (a.Index > b.Index)
        {
            return Get(b, a).Swapped();
        }

        if (!_pairs.TryGetValue((a.Index, b.Index), out var alignment))
        {
            alignment = WordAligner.Align(a.Profile, b.Profile, matcher);
            _pairs[(a.Index, b.Index)] = alignment;
        }

        return alignment;
    }
}
