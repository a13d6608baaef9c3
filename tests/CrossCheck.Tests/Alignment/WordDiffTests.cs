using CrossCheck.Alignment;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Alignment;

public sealed class WordDiffTests
{
    [Fact]
    public void Changed_words_are_removed_and_added()
    {
        var diff = WordDiff.Compute("could cause major unrest in the region", "could lead to great disturbances in the region");

        Assert.Equal(
            [
                new DiffSegment(DiffOp.Equal, "could"),
                new DiffSegment(DiffOp.Removed, "cause major unrest"),
                new DiffSegment(DiffOp.Added, "lead to great disturbances"),
                new DiffSegment(DiffOp.Equal, "in the region"),
            ],
            diff);
    }

    [Fact]
    public void Case_and_surrounding_punctuation_do_not_count_as_differences()
    {
        var diff = WordDiff.Compute("Out of control.", "out of control");

        Assert.Equal([new DiffSegment(DiffOp.Equal, "Out of control.")], diff);
    }

    [Property]
    public Property Diff_reconstructs_both_texts()
    {
        var words = Gen.Elements("a", "b", "c", "unrest", "the").ListOf().Select(l => string.Join(' ', l));
        return Prop.ForAll(Arb.From(words), Arb.From(words), (a, b) =>
        {
            var diff = WordDiff.Compute(a, b);
            var left = string.Join(' ', diff.Where(s => s.Op != DiffOp.Added).Select(s => s.Text));
            var right = string.Join(' ', diff.Where(s => s.Op != DiffOp.Removed).Select(s => s.Text));
            return left.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(a.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)
                && right.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(b.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        });
    }
}
