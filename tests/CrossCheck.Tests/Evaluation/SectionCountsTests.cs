using CrossCheck.Evaluation;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Evaluation;

public sealed class SectionCountsTests
{
    [Fact]
    public void Empty_denominators_count_as_one()
    {
        Assert.Equal(1.0, SectionCounts.Empty.F1);
        Assert.Equal(0.0, SectionCounts.Of(0, 3, 0).F1);
        Assert.Equal(0.0, SectionCounts.Of(0, 0, 3).F1);
    }

    [Fact]
    public void F1_is_the_harmonic_mean()
    {
        var counts = SectionCounts.Of(2, 4, 8);

        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(0.25, counts.Recall);
        Assert.Equal(1.0 / 3, counts.F1, 10);
    }

    [Property]
    public bool F1_lies_between_precision_and_recall(byte hits, byte extraPredicted, byte extraGold)
    {
        var counts = SectionCounts.Of(hits, hits + extraPredicted, hits + extraGold);
        var low = Math.Min(counts.Precision, counts.Recall);
        var high = Math.Max(counts.Precision, counts.Recall);
        return counts.F1 >= low - 1e-12 && counts.F1 <= high + 1e-12 && counts.F1 is >= 0 and <= 1;
    }

    [Property]
    public bool Adding_counts_is_summing_them(byte a, byte b, byte c, byte d)
    {
        var sum = SectionCounts.Of(a, b, c).Add(SectionCounts.Of(d, a, b));
        return sum == new SectionCounts(a + d, b + a, a + d, c + b);
    }
}
