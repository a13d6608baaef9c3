using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>One verb with opposite particles ("switched on" / "switched off") or one thing in opposite states ("were
/// off" / "were switched on") clashes, and denying the opposite state agrees (decision 300). Made-up pairs, through
/// the path analyze takes.</summary>
public sealed class OppositeParticleTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Theory]
    [InlineData(
        "The warning lamps were switched off when the ferry left the harbour, two deckhands said.",
        "The warning lamps had been switched on an hour before the ferry left the harbour, the operator said.",
        "switched on vs switched off")]
    [InlineData(
        "Shares in Brennmoor Holdings went down sharply after the merger was announced.",
        "Shares in Brennmoor Holdings went up sharply after the merger was announced.",
        "went up vs went down")]
    public void One_verb_with_opposite_particles_clashes(string a, string b, string conflict)
    {
        var verdict = Relate(a, b);

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Equal(conflict, Assert.Single(verdict.Claims.Single().Evidence).Conflicts.Single());
    }

    [Fact]
    public void A_state_given_by_a_particle_after_be_clashes_with_the_opposite_phrasal_verb()
    {
        var verdict = Relate(
            "The warning lamps were off when the ferry left the harbour.",
            "The warning lamps had been switched on before the ferry left the harbour.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void The_same_particle_agrees()
    {
        var verdict = Relate(
            "The warning lamps were switched on when the ferry left the harbour.",
            "The warning lamps had been switched on an hour before the ferry left the harbour.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_preposition_before_a_day_is_no_particle()
    {
        // "on Monday" says when; it does not make "switched" the opposite of "switched off".
        var verdict = Relate(
            "The pumps were switched on Monday at the Grell plant.",
            "The pumps were switched off at the Grell plant.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Opposite_particles_governing_different_things_do_not_clash()
    {
        var verdict = Relate(
            "Engineers turned off the water supply to the tower.",
            "Engineers turned on the floodlights at the tower.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Denying_the_opposite_state_is_no_contradiction()
    {
        // Two reversals: "denied ... were off" states they were on.
        var verdict = Relate(
            "Harbour officials denied that the warning lamps were off when the ferry left the harbour.",
            "The warning lamps had been switched on an hour before the ferry left the harbour, the operator said.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Denying_the_same_state_still_contradicts()
    {
        var verdict = Relate(
            "Harbour officials denied that the warning lamps were on when the ferry left the harbour.",
            "The warning lamps had been switched on an hour before the ferry left the harbour, the operator said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }
}

/// <summary>What a denial reads (decision 301): "no-one" written as one word negates, and a counterpart of the
/// denied verb that repeats another word of the denial is no restatement of the verb. Made-up pairs.</summary>
public sealed class DenialPredicateTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void No_one_written_as_one_word_negates()
    {
        var verdict = Relate(
            "Two porters were hurt in the explosion at the Hessel depot.",
            "No-one was hurt in the explosion at the Hessel depot.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_repeated_word_of_the_denial_is_not_its_predicate()
    {
        // WordNet links "wound" and "shooting"; the second "shooting" is the first said again, not "wounded".
        var verdict = Relate(
            "The shooting emptied the square outside the Varden mall and shooting investigators are still at the mall.",
            "No-one was wounded in the shooting.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }
}

/// <summary>A name after a preposition is not whom an attribute describes (decision 302): "taken to Maddox and is in
/// good condition" says nothing of a second patient. Made-up pairs.</summary>
public sealed class AttributeBearerTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void A_place_after_a_preposition_is_not_a_second_patient()
    {
        var verdict = Relate(
            "Corran Vell was stabbed in the arm outside the Pell arena and is in serious condition.",
            "The stabbed man was taken to Maddox and is in good condition.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Equal("good vs serious", Assert.Single(verdict.Claims.Single().Evidence).Conflicts.Single());
    }

    [Fact]
    public void Two_named_patients_still_do_not_clash()
    {
        var verdict = Relate(
            "Corran Vell was stabbed in the arm outside the Pell arena and is in serious condition.",
            "Amira Soto was taken to Maddox and is in good condition.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }
}

/// <summary>Idiomatic phrasal verbs whose particles are no opposites do not clash (decision 300). Made-up pairs.</summary>
public sealed class IdiomaticParticleTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Theory]
    [InlineData("The Varn union called off the strike at the Pellmoor docks.", "The Varn union called on members to join the strike at the Pellmoor docks.")]
    [InlineData("The cargo plane took off from Orsa airfield after the storm.", "The cargo plane took on fuel at Orsa airfield after the storm.")]
    [InlineData("Talks between the Kessel council and the drivers broke down on Friday.", "Talks between the Kessel council and the drivers broke up without a deal.")]
    public void Idiomatic_particles_do_not_clash(string a, string b) =>
        Assert.NotEqual(PairRelation.Contradicts, Relate(a, b).Relation);
}
