namespace CrossCheck.Alignment;

/// <summary>The alignable units of one claim (or of a quote's context), in text order, with its polarity.</summary>
internal sealed class TextProfile(IReadOnlyList<AlignmentUnit> units, bool negated, IReadOnlyList<string> negationCues)
{
    public IReadOnlyList<AlignmentUnit> Units { get; } = units;

    public bool Negated { get; } = negated;

    public IReadOnlyList<string> NegationCues { get; } = negationCues;

    public double TotalWeight { get; } = units.Sum(u => u.Weight);

    /// <summary>Figures of the text's main statement, which a source must confirm to bear on it: a figure in an aside
    /// (an apposition, a trailing comma piece: <see cref="ClaimClauses.Asides"/>) is a detail a source may leave out,
    /// though one it gives otherwise still clashes (decision 376).</summary>
    public bool HasQuantities => Units.Any(u => u.Kind == UnitKind.Quantity && !u.Aside);

    /// <summary>Dates of what the text's main statement asserts (not of when a source said it, nor in an aside).</summary>
    public bool HasDates => Units.Any(u => u.Kind == UnitKind.Date && !u.OfStatement && !u.Aside);
}
