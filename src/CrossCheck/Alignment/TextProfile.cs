namespace CrossCheck.Alignment;

/// <summary>The alignable units of one claim (or of a quote's context), in text order, with its polarity.</summary>
internal sealed class TextProfile(IReadOnlyList<AlignmentUnit> units, bool negated, IReadOnlyList<string> negationCues)
{
    public IReadOnlyList<AlignmentUnit> Units { get; } = units;

    public bool Negated { get; } = negated;

    public IReadOnlyList<string> NegationCues { get; } = negationCues;

    public double TotalWeight { get; } = units.Sum(u => u.Weight);

    public bool HasQuantities => Units.Any(u => u.Kind == UnitKind.Quantity);

    /// <summary>Dates of what the text asserts (not of when a source said it).</summary>
    public bool HasDates => Units.Any(u => u.Kind == UnitKind.Date && !u.OfStatement);
}
