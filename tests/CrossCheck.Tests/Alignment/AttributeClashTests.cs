using CrossCheck.Alignment;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Alignment;

/// <summary>One thing described with two members of an exclusive class of attributes (decision 215): colours of one
/// vehicle, the condition a patient is listed in. Made-up pairs, through the path analyze takes.</summary>
public sealed class AttributeClashTests
{
    private static PairVerdict Relate(string a, string b) =>
        PairRelator.Relate([new TextPair("p", a, b)], SentenceEmbedder.Shared).Single();

    [Fact]
    public void Two_colours_of_one_named_vehicle_contradict()
    {
        var verdict = Relate(
            "Officers said the gang escaped in a white 2019 Volvo XC90 after the raid on the jeweller in Corvale.",
            "Shop staff said the robbers fled the Corvale jeweller in a blue Volvo XC90 just before noon.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("blue vs white", Assert.Single(verdict.Claims).Evidence.SelectMany(e => e.Conflicts));
    }

    [Fact]
    public void Two_hospital_conditions_of_one_patient_contradict()
    {
        var verdict = Relate(
            "The injured cyclist was taken to the regional hospital, where she is in serious condition, police said.",
            "The injured cyclist was listed in good condition at the regional hospital, police said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("good vs serious", Assert.Single(verdict.Claims).Evidence.SelectMany(e => e.Conflicts));
    }

    [Fact]
    public void A_word_both_sentences_use_is_no_clash()
    {
        var verdict = Relate(
            "The pilot was in critical but stable condition after the crash near the airfield.",
            "The pilot was in stable condition after the crash near the airfield.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Conditions_of_two_named_people_do_not_clash()
    {
        var verdict = Relate(
            "Marta Oyelaran was in critical condition after the crash on the bypass, doctors said.",
            "Tomas Brink was in stable condition after the crash on the bypass, doctors said.");

        Assert.Empty(verdict.Claims.SelectMany(c => c.Evidence).SelectMany(e => e.Conflicts));
        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Colours_of_two_different_things_do_not_clash()
    {
        var verdict = Relate(
            "The bride wore a white dress to the ceremony at the old chapel.",
            "The groom wore a black suit to the ceremony at the old chapel.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Two_spellings_of_one_colour_agree()
    {
        var verdict = Relate(
            "Neighbours saw a gray van parked outside the warehouse on Tuesday night.",
            "Neighbours saw a grey van parked outside the warehouse on Tuesday night.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Conditions_are_a_class_only_for_a_condition()
    {
        Assert.Equal((AttributeWords.Condition, "fair"), AttributeWords.ClassOf("Fair", "condition"));
        Assert.Null(AttributeWords.ClassOf("fair", "hearing"));
        Assert.Equal((AttributeWords.Colour, "grey"), AttributeWords.ClassOf("gray", "van"));
        Assert.True(AttributeWords.SameMember("gray", "grey"));
        Assert.False(AttributeWords.SameMember("silver", "grey"));
    }
}
