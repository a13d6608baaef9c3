using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Partial support needs a share of what happened, not only of who it happened to (decision 187). Made-up
/// pairs, through the path analyze takes.</summary>
public sealed class WhatHappenedTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void A_sentence_sharing_only_the_person_and_the_background_is_no_partial_support()
    {
        // Name, age and "warehouse" are shared; losing a job and being arrested are different events.
        var verdict = Relate(
            "Tomas Reyl, 35 and from Brisk, was arrested on suspicion of arson at the Osk warehouse.",
            "Tomas Reyl, 35, had lost his job at the warehouse a week before the Osk fire.");

        Assert.Equal(PairRelation.None, verdict.Relation);
    }

    [Fact]
    public void A_sentence_sharing_what_happened_still_supports_in_part()
    {
        var verdict = Relate(
            "Tomas Reyl, 35, was arrested on Friday.",
            "Tomas Reyl, 35, was arrested on suspicion of arson at the Osk warehouse after the fire, police in Brisk said.");

        Assert.NotEqual(PairRelation.None, verdict.Relation);
    }
}
