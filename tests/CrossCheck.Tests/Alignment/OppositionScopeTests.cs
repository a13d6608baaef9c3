using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Opposite words clash only when they describe one thing (decision 185): the words around each are aligned
/// with words near the other, seen from both sentences, and what each governs is not two different things.
/// Made-up pairs, through the path analyze takes.</summary>
public sealed class OppositionScopeTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void Opposites_describing_different_people_do_not_clash()
    {
        // "old" is the shepherd, "little" the cousin: the aligned "cousin" is next to one of them only.
        var verdict = Relate(
            "An old shepherd was arrested over the deaths of his brother and cousin.",
            "His little cousin was his best friend, and his brother was too.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Opposites_governing_different_things_do_not_clash()
    {
        // What began (handing out) and what was completed (the shipment) are two activities.
        var verdict = Relate(
            "Relief workers had completed the shipment of tents and blankets to the flooded villages.",
            "Two boats began ferrying the stranded to the clinic in Varna, and relief workers began handing out tents and blankets in the valley, the mayor said.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Opposites_about_one_thing_still_clash()
    {
        var verdict = Relate(
            "The storm weakened over the Tarn coast on Sunday, forecasters said.",
            "The storm strengthened over the Tarn coast on Sunday, forecasters said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Equal("strengthened vs weakened", Assert.Single(verdict.Claims.Single().Evidence).Conflicts.Single());
    }
}

/// <summary>Opposite evaluations of one thing ("well equipped" / "insufficiently equipped") clash (decision 186):
/// manner words of adequacy are opposites across <see cref="CrossCheck.Text.AdequacyWords"/>' two lists, a modifier
/// is one class whether tagged adjective or adverb, and a word quoted alone is read with the words around its
/// quotation marks. Made-up pairs.</summary>
public sealed class AdequacyOppositionTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Theory]
    [InlineData("Police said the hikers were insufficiently equipped for the crossing.", "well vs insufficiently")]
    [InlineData("Police said the hikers were ill equipped for the crossing.", "well vs ill")]
    public void Opposite_evaluations_of_one_thing_contradict(string other, string conflict)
    {
        var verdict = Relate(other, "Police said the hikers were well equipped for the crossing.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Equal(conflict, Assert.Single(verdict.Claims.Single().Evidence).Conflicts.Single());
    }

    [Fact]
    public void A_word_quoted_alone_is_compared_with_the_words_around_its_quotation_marks()
    {
        var verdict = Relate(
            "Rangers said the kayakers appeared \"poorly\" prepared for the river.",
            "Rangers said the kayakers were well prepared for the river but lacked experience.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Two_words_of_one_list_agree()
    {
        Assert.True(CrossCheck.Text.AdequacyWords.AreOpposite("Well", "poorly"));
        Assert.False(CrossCheck.Text.AdequacyWords.AreOpposite("well", "properly"));
        Assert.Equal(PairRelation.Supports, Relate(
            "Rangers said the kayakers were properly prepared for the river.",
            "Rangers said the kayakers were well prepared for the river.").Relation);
    }
}
