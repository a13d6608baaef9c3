using CrossCheck.Alignment.Derivation;

namespace CrossCheck.Tests.Alignment.Derivation;

/// <summary>The sentence alignment on made-up unit vectors: each "sentence" is a direction in a small space, so what
/// aligns with what is known exactly.</summary>
public sealed class SentenceAlignmentTests
{
    private const int Dimensions = 12;

    private static readonly DerivationThresholds Vectors = DerivationThresholds.Default with { CosineWeight = 1 };

    /// <summary>The unit vector of axis <paramref name="axis"/>.</summary>
    private static float[] Axis(int axis)
    {
        var vector = new float[Dimensions];
        vector[axis] = 1;
        return vector;
    }

    /// <summary>The normalised sum of some axes (a sentence that tells several of the facts).</summary>
    private static float[] Blend(params int[] axes)
    {
        var vector = new float[Dimensions];
        foreach (var axis in axes)
        {
            vector[axis] = 1;
        }

        return [.. vector.Select(v => v / MathF.Sqrt(axes.Length))];
    }

    /// <summary>A unit vector at cosine <paramref name="cosine"/> with axis <paramref name="axis"/> (the rest along
    /// <paramref name="other"/>): a looser paraphrase of that sentence.</summary>
    private static float[] Near(int axis, int other, float cosine)
    {
        var vector = new float[Dimensions];
        vector[axis] = cosine;
        vector[other] = MathF.Sqrt(1 - (cosine * cosine));
        return vector;
    }

    private static DerivationText Text(string id, params float[][] units) =>
        DerivationText.Of(id, units, [.. units.Select(_ => Array.Empty<int>())]);

    [Fact]
    public void Units_align_one_to_one_in_order_and_added_units_are_skipped()
    {
        var original = Text("o", Axis(0), Axis(1), Axis(2));
        var rewrite = Text("r", Axis(0), Axis(7), Axis(1), Axis(2), Axis(8));

        var alignment = SentenceAlignment.Align(original, rewrite, Vectors);

        Assert.Equal([true, true, true], alignment.FirstAligned);
        Assert.Equal([true, false, true, true, false], alignment.SecondAligned);
        Assert.Equal(1.0, SentenceAlignment.Coverage(original, alignment.FirstAligned, alignment.FirstMoved).Covered, 6);
        Assert.Equal(0.6, SentenceAlignment.Coverage(rewrite, alignment.SecondAligned, alignment.SecondMoved).Covered, 6);
    }

    [Fact]
    public void Two_sentences_merged_into_one_align_with_it_and_one_split_in_two_aligns_with_both()
    {
        // Each half alone is below the bar (cosine 0.58 with the merged sentence); the two together reach 1.
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3));
        var merged = Text("m", Axis(0), Blend(1, 2), Axis(3));

        var alignment = SentenceAlignment.Align(original, merged, Vectors with { UnitSimilarity = 0.8 });

        Assert.Equal([true, true, true, true], alignment.FirstAligned);
        Assert.Contains(alignment.Pairs, p => p is { FirstStart: 1, FirstCount: 2, SecondStart: 1, SecondCount: 1 });

        var split = SentenceAlignment.Align(merged, original, Vectors with { UnitSimilarity = 0.8 });
        Assert.Contains(split.Pairs, p => p is { FirstStart: 1, FirstCount: 1, SecondStart: 1, SecondCount: 2 });

        // Without merges (and without the uneven gap, which pairs one half with the merged sentence at 0.71) neither
        // half aligns.
        var noMerges = SentenceAlignment.Align(original, merged, Vectors with { UnitSimilarity = 0.8, MergePartCosine = 2, UnevenGapCosine = 2 });
        Assert.Equal([true, false, false, true], noMerges.FirstAligned);
    }

    [Fact]
    public void The_alignment_keeps_the_order_and_a_moved_sentence_is_counted_apart()
    {
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4));
        var reordered = Text("r", Axis(0), Axis(4), Axis(1), Axis(2), Axis(3));

        var alignment = SentenceAlignment.Align(original, reordered, Vectors);

        Assert.Equal([true, true, true, true, false], alignment.FirstAligned);
        Assert.Equal([false, false, false, false, true], alignment.FirstMoved);
        var (covered, inOrder) = SentenceAlignment.Coverage(original, alignment.FirstAligned, alignment.FirstMoved);
        Assert.Equal(1.0, covered, 6);
        Assert.Equal(0.8, inOrder, 6);
    }

    [Fact]
    public void Content_words_count_with_the_vectors_and_direct_quotations_count_for_neither_side()
    {
        var words = new[] { new[] { 1, 2, 3 }, [4, 5, 6], [7, 8] };
        var vectors = new[] { Blend(0, 1), Blend(2, 3), Axis(4) };
        var original = DerivationText.Of("o", vectors, words, quoted: [false, false, true]);
        var same = DerivationText.Of("s", [Axis(0), Axis(2), Axis(4)], words);

        // Cosine 0.71 alone is below the bar of 0.75; the shared words lift it above.
        var withWords = SentenceAlignment.Align(original, same, DerivationThresholds.Default with { CosineWeight = 0.5, UnitSimilarity = 0.75 });
        var vectorsOnly = SentenceAlignment.Align(original, same, DerivationThresholds.Default with { CosineWeight = 1, UnitSimilarity = 0.75, GapCosine = 2 });

        Assert.Equal([true, true, true], withWords.FirstAligned);
        Assert.Equal([false, false, true], vectorsOnly.FirstAligned);

        // The quotation is left out: the two other units are all the original's content, and they are not aligned.
        Assert.Equal(0.0, SentenceAlignment.Coverage(original, vectorsOnly.FirstAligned, vectorsOnly.FirstMoved).Covered, 6);
    }

    [Fact]
    public void Dice_counts_shared_word_numbers()
    {
        Assert.Equal(0.5, SentenceAlignment.Dice([1, 2, 3, 4], [3, 4, 5, 6]), 6);
        Assert.Equal(0.0, SentenceAlignment.Dice([], [1]), 6);
    }

    [Fact]
    public void A_looser_paraphrase_standing_where_the_original_sentence_stood_between_aligned_pairs_is_aligned()
    {
        // Units 1 and 3 are reworded (cosine 0.55, below the bar of 0.6) but stand in the same place, between aligned
        // pairs and at the end.
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3));
        var rewrite = Text("r", Axis(0), Near(1, 9, 0.55f), Axis(2), Near(3, 10, 0.55f));

        var filled = SentenceAlignment.Align(original, rewrite, Vectors);
        var off = SentenceAlignment.Align(original, rewrite, Vectors with { GapCosine = 2 });

        Assert.Equal([true, true, true, true], filled.FirstAligned);
        Assert.Equal([false, true, false, true], filled.FirstFilled);
        Assert.Equal([true, false, true, false], off.FirstAligned);
    }

    [Fact]
    public void A_gap_of_different_lengths_or_a_weak_match_or_a_quotation_is_not_filled()
    {
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4));
        var uneven = Text("u", Axis(0), Near(1, 9, 0.55f), Axis(8), Axis(2), Axis(3), Near(4, 10, 0.3f));

        var alignment = SentenceAlignment.Align(original, uneven, Vectors);

        Assert.Equal([true, false, true, true, false], alignment.FirstAligned);

        var quotedOriginal = DerivationText.Of("q", [Axis(0), Axis(1), Axis(2)], [[], [], []], quoted: [false, true, false]);
        var quoted = SentenceAlignment.Align(quotedOriginal, Text("r", Axis(0), Near(1, 9, 0.55f), Axis(2)), Vectors);
        Assert.Equal([true, false, true], quoted.FirstAligned);
    }

    /// <summary>A bar above the paraphrases the uneven-gap tests use (cosine 0.62-0.7), so only the gap finds them.</summary>
    private static readonly DerivationThresholds Strict = Vectors with { UnitSimilarity = 0.75 };

    [Fact]
    public void Reworded_units_inside_a_gap_where_the_rewrite_cut_a_sentence_are_aligned_in_order()
    {
        // The rewrite cut unit 2 and reworded units 1 and 3 (cosine 0.7 and 0.65, below the bar of 0.75); units 0 and 4
        // anchor the gap.
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4));
        var rewrite = Text("r", Axis(0), Near(1, 9, 0.7f), Near(3, 10, 0.65f), Axis(4));

        var alignment = SentenceAlignment.Align(original, rewrite, Strict);
        var off = SentenceAlignment.Align(original, rewrite, Strict with { UnevenGapCosine = 2 });

        Assert.Equal([true, true, false, true, true], alignment.FirstAligned);
        Assert.Equal([false, true, false, true, false], alignment.FirstFilled);
        Assert.Equal([true, true, true, true], alignment.SecondAligned);
        Assert.Equal([true, false, false, false, true], off.FirstAligned);
    }

    [Fact]
    public void An_added_sentence_inside_the_gap_is_skipped_and_crossing_matches_keep_one()
    {
        // The rewrite added unit 8 between the reworded 1 and 2; then it states 3 before 2 (both reworded): only one
        // of the two crossing matches can stand in order.
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4));
        var rewrite = Text("r", Axis(0), Near(1, 9, 0.7f), Axis(8), Near(3, 10, 0.7f), Near(2, 11, 0.62f), Axis(4));

        var alignment = SentenceAlignment.Align(original, rewrite, Strict);

        Assert.Equal([true, true, false, true, true], alignment.FirstAligned);
        Assert.Equal([true, true, false, true, false, true], alignment.SecondAligned);
    }

    [Fact]
    public void An_uneven_gap_at_a_text_edge_or_too_long_or_with_only_weak_matches_is_not_filled()
    {
        // Before the first and after the last aligned pair nothing anchors the gap.
        var original = Text("o", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4));
        var edges = Text("e", Near(0, 9, 0.7f), Axis(8), Axis(2), Near(4, 10, 0.7f), Axis(7));
        Assert.Equal([false, false, true, false, false], SentenceAlignment.Align(original, edges, Strict).FirstAligned);

        // Five units on one side of the gap: more than a cut of a sentence or two.
        var longOriginal = Text("l", Axis(0), Axis(1), Axis(2), Axis(3), Axis(4), Axis(5), Axis(6));
        var cut = Text("c", Axis(0), Near(1, 9, 0.7f), Axis(6));
        Assert.Equal([true, false, false, false, false, false, true], SentenceAlignment.Align(longOriginal, cut, Strict).FirstAligned);

        // Two other facts of the same story (cosine 0.5) between the anchors.
        var other = Text("w", Axis(0), Near(1, 9, 0.5f), Axis(4));
        Assert.Equal([true, false, false, false, true], SentenceAlignment.Align(original, other, Strict).FirstAligned);

        // A quotation in the gap.
        var quotedOriginal = DerivationText.Of("q", [Axis(0), Axis(1), Axis(2), Axis(3)], [[], [], [], []], quoted: [false, true, false, false]);
        var quoted = SentenceAlignment.Align(quotedOriginal, Text("r", Axis(0), Near(1, 9, 0.7f), Axis(3)), Strict);
        Assert.Equal([true, false, false, true], quoted.FirstAligned);
    }

    [Fact]
    public void Sentences_repeated_nearly_word_for_word_are_found_in_any_order_but_not_short_ones_or_quotations()
    {
        int[] Words(int first) => [.. Enumerable.Range(first, 6)];
        var original = DerivationText.Of(
            "o",
            [Axis(0), Axis(1), Axis(2), Axis(3), Axis(4)],
            [Words(0), Words(10), Words(20), [30, 31], Words(40)],
            quoted: [false, false, false, false, true]);
        var reordered = DerivationText.Of(
            "r",
            [Axis(2), Axis(0), Axis(5), Axis(3), Axis(4), Axis(1)],
            [Words(20), Words(0), Words(50), [30, 31], Words(40), [.. Words(10).Take(3), 90, 91, 92]]);

        var alignment = SentenceAlignment.Align(original, reordered, DerivationThresholds.Default);

        // Units 0 and 2 are repeated; 3 is too short, 4 a quotation, and 1 was reworded (half its words changed).
        Assert.Equal([true, false, true, false, false], alignment.FirstVerbatim);
        Assert.Equal([true, true, false, false, false, false], alignment.SecondVerbatim);
        Assert.Equal(
            [false, false, false, false, false],
            SentenceAlignment.Align(original, reordered, DerivationThresholds.Default with { VerbatimMinimumWords = 7 }).FirstVerbatim);
    }
}
