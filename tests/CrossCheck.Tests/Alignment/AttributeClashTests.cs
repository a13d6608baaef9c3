using CrossCheck.Alignment;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>One thing described with two members of an exclusive class of attributes (decision 215): colours of one
/// vehicle, the condition a patient is listed in. Made-up pairs, through the path analyze takes.</summary>
public sealed class AttributeClashTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

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
        Assert.Equal((AttributeWords.Condition, "fair"), AttributeWords.ClassOf("Fair", "condition") is { } fair ? (fair.Class, fair.Member) : default);
        Assert.Null(AttributeWords.ClassOf("fair", "hearing"));
        Assert.Equal((AttributeWords.Colour, "grey"), AttributeWords.ClassOf("gray", "van") is { } grey ? (grey.Class, grey.Member) : default);
        Assert.True(AttributeWords.SameMember("gray", "grey"));
        Assert.False(AttributeWords.SameMember("silver", "grey"));
    }

    [Fact]
    public void A_critical_condition_and_minor_injuries_of_one_person_contradict()
    {
        var verdict = Relate(
            "The ferry's chef suffered minor injuries when the galley caught fire off Brennholm.",
            "The ferry's chef was flown to hospital in a critical condition after the galley caught fire off Brennholm.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("critical vs minor", Assert.Single(verdict.Claims).Evidence.SelectMany(e => e.Conflicts));
    }

    [Fact]
    public void Two_words_from_one_end_of_a_scale_agree()
    {
        var verdict = Relate(
            "The ferry's chef suffered serious injuries when the galley caught fire off Brennholm.",
            "The ferry's chef was flown to hospital in a critical condition after the galley caught fire off Brennholm.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Severities_of_two_people_do_not_clash()
    {
        var verdict = Relate(
            "The ferry's chef suffered minor injuries when the galley caught fire off Brennholm.",
            "A deckhand was flown to hospital in a critical condition after the galley caught fire off Brennholm.");

        Assert.DoesNotContain("critical vs minor", verdict.Claims.SelectMany(c => c.Evidence).SelectMany(e => e.Conflicts));
        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Minor_and_severe_wounds_of_one_person_contradict()
    {
        var verdict = Relate(
            "The goalkeeper suffered minor burns in the kitchen fire at the team hotel.",
            "The goalkeeper suffered severe burns in the kitchen fire at the team hotel.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("severe vs minor", Assert.Single(verdict.Claims).Evidence.SelectMany(e => e.Conflicts));
    }

    [Fact]
    public void A_stable_condition_is_no_grade_of_severity()
    {
        var verdict = Relate(
            "The jockey was in stable condition after the fall at Corbel Park.",
            "The jockey suffered minor injuries in the fall at Corbel Park.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_severity_a_negation_reaches_is_not_stated()
    {
        var verdict = Relate(
            "The roofer suffered no serious injuries in the fall from the scaffold in Lindqvist Street.",
            "The roofer suffered minor injuries in the fall from the scaffold in Lindqvist Street.");

        Assert.DoesNotContain("minor vs serious", verdict.Claims.SelectMany(c => c.Evidence).SelectMany(e => e.Conflicts));
    }

    [Fact]
    public void Graded_values_exclude_only_from_opposite_ends()
    {
        var minor = AttributeWords.ClassOf("minor", "injury")!.Value;
        var severe = AttributeWords.ClassOf("severe", "injuries")!.Value;
        var serious = AttributeWords.ClassOf("serious", "wound")!.Value;
        var critical = AttributeWords.ClassOf("critical", "condition")!.Value;
        var stable = AttributeWords.ClassOf("stable", "condition")!.Value;
        var good = AttributeWords.ClassOf("good", "condition")!.Value;
        Assert.True(AttributeWords.Exclude(minor, severe));
        Assert.False(AttributeWords.Exclude(serious, severe));
        Assert.True(AttributeWords.Exclude(minor, critical));
        Assert.False(AttributeWords.Exclude(minor, stable));
        Assert.False(AttributeWords.Exclude(serious, critical));
        Assert.True(AttributeWords.Exclude(stable, critical));
        Assert.True(AttributeWords.Exclude(good, stable));
        Assert.Null(AttributeWords.ClassOf("minor", "road"));
    }
}
