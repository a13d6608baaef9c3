namespace CrossCheck.Alignment.Derivation;

/// <summary>Units <see cref="FirstStart"/>.. of the first text aligned with units <see cref="SecondStart"/>.. of the
/// second (one or two on each side), and the cosine of their vectors (merged units as one).</summary>
internal readonly record struct AlignedPair(int FirstStart, int FirstCount, int SecondStart, int SecondCount, double Cosine);
