using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>The claim judge through the path analyze takes (<see cref="PairRelator"/>), on fictional pairs.</summary>
public sealed class PairRelatorTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    /// <summary>The judge gives <paramref name="relation"/> whichever text is the claim.</summary>
    private static void BothWays(PairRelation relation, string a, string b)
    {
        Assert.Equal(relation, Relate(a, b).Relation);
        Assert.Equal(relation, Relate(b, a).Relation);
    }

    /// <summary>The judge never gives <paramref name="relation"/>, whichever text is the claim.</summary>
    private static void NeitherWay(PairRelation relation, string a, string b)
    {
        Assert.NotEqual(relation, Relate(a, b).Relation);
        Assert.NotEqual(relation, Relate(b, a).Relation);
    }

    [Theory]
    [InlineData("Four ferry crew were injured in the storm off Tarrow", "Four crew members of the ferry were hurt in the storm off Tarrow", "Supports")]
    [InlineData("Nine people were injured in the Selm warehouse fire", "The Selm warehouse fire injured 14 people", "Contradicts")]
    public void A_side_without_a_full_stop_is_still_a_statement(string a, string b, string relation)
    {
        var expected = Enum.Parse<PairRelation>(relation);
        Assert.Equal(expected, Relate(a, b).Relation);
        Assert.Equal(expected, Relate(a + ".", b).Relation);
        Assert.Equal("A headline about Tarrow.", PairRelator.AsStatement("A headline about Tarrow"));
        Assert.Equal("Done? ", PairRelator.AsStatement("Done? "));
    }

    [Theory]
    [InlineData("Harlow Rovers general manager J.P. Marden said in a statement that the striker would be fined.", "Harlow Rovers general manager J.P. Castell said in a statement that the striker would be fined.")]
    [InlineData("Club chief executive Lena Voss said the stadium would reopen in May.", "Dunmore chief executive Lena Harte said the stadium would reopen in May.")]
    [InlineData("Harlow Rovers General Manager J.P. Marden said he was aware of the striker's arrest.", "\"We are aware of the matter,\" Harlow Rovers general manager J.P. Castell said in a statement about the striker's arrest.")]
    public void One_role_holder_named_with_another_surname_is_a_contradiction(string a, string b)
    {
        BothWays(PairRelation.Contradicts, a, b);
    }

    [Theory]
    [InlineData("Tarrow Town coach Mark Ellis said the match would go ahead.", "Selby United coach Mark Doran said the match would go ahead.")]
    [InlineData("Albanian Prime Minister Edi Rama urged NATO to send more troops.", "Kosovo Prime Minister Albin Kurti urged NATO to send more troops.")]
    [InlineData("Mary Ann Cole said the ferry left late.", "Mary Ann Dunn said the ferry left late.")]
    [InlineData("Harbour master Ilse Karimzadeh said the ferry left late.", "Harbour master Ilse Karimzade said the ferry left late.")]
    [InlineData("Harlow Rovers general manager J.P. Castell said the striker would be fined.", "General manager J.P. Castell said in a statement that the striker would be fined.")]
    public void Two_organisations_two_given_names_no_role_or_one_name_spelled_two_ways_are_no_name_clash(string a, string b)
    {
        NeitherWay(PairRelation.Contradicts, a, b);
    }

    [Theory]
    [InlineData("The ferry's cook suffered no serious injuries in the galley fire.", "The ferry's cook suffered minor injuries in the galley fire.")]
    [InlineData("No serious damage was reported at the Kellby grain depot after the storm.", "Slight damage was reported at the Kellby grain depot after the storm.")]
    [InlineData("The two climbers were not badly hurt in the fall on the Vessel ridge.", "The two climbers were hurt in the fall on the Vessel ridge.")]
    [InlineData("The flooding did not cause major delays on the Orrin line.", "The flooding caused delays on the Orrin line.")]
    public void A_negated_heavy_degree_bounds_the_degree_and_denies_nothing_lighter(string negated, string affirmed)
    {
        NeitherWay(PairRelation.Contradicts, negated, affirmed);
    }

    [Theory]
    [InlineData("The ferry's cook suffered no serious injuries in the galley fire.", "The ferry's cook suffered serious injuries in the galley fire.")]
    [InlineData("The two climbers were not badly hurt in the fall on the Vessel ridge.", "The two climbers were severely hurt in the fall on the Vessel ridge.")]
    [InlineData("No one was hurt in the galley fire on the ferry.", "The ferry's cook was slightly hurt in the galley fire.")]
    public void A_negated_heavy_degree_still_denies_a_heavy_one_and_a_plain_denial_any(string negated, string affirmed)
    {
        BothWays(PairRelation.Contradicts, negated, affirmed);
    }

    [Theory]
    [InlineData("Okafor made his first 12 shots and led the Wolves to a seventh straight win.", "Okafor made 15 of 19 shots as the Wolves won a seventh straight game.")]
    [InlineData("The Wolves lost their last three games before the break.", "The Wolves lost five games before the break.")]
    [InlineData("The ferry carried its first 40 passengers across the bay on Monday.", "The ferry carried 300 passengers across the bay on Monday.")]
    public void A_count_of_the_first_or_last_of_a_sequence_is_a_part_and_never_clashes_with_the_whole(string part, string whole)
    {
        NeitherWay(PairRelation.Contradicts, part, whole);
    }

    [Theory]
    [InlineData("Okafor made 12 of 19 shots as the Wolves won a seventh straight game.", "Okafor made 15 of 19 shots as the Wolves won a seventh straight game.")]
    [InlineData("Three of the 12 crew were injured in the galley blast.", "Five of the 12 crew were injured in the galley blast.")]
    public void Two_parts_of_one_whole_given_the_same_are_one_slot(string a, string b)
    {
        BothWays(PairRelation.Contradicts, a, b);
    }

    [Fact]
    public void Two_parts_of_an_unstated_whole_do_not_clash() =>
        Assert.NotEqual(PairRelation.Contradicts, Relate("Three of them were injured in the galley blast.", "Five of them were injured in the galley blast.").Relation);

    [Fact]
    public void Two_counts_of_the_whole_sequence_still_clash() =>
        Assert.Equal(PairRelation.Contradicts, Relate("The Wolves lost three games before the break.", "The Wolves lost five games before the break.").Relation);

    [Theory]
    [InlineData("The ferry's cook said her injuries were life-threatening.", "The ferry's cook said she suffered minor injuries.")]
    [InlineData("The jockey's injuries were not life-threatening, the hospital said.", "The jockey was in a life-threatening condition, the hospital said.")]
    [InlineData("Witnesses said the getaway van was grey.", "Witnesses said the getaway van was white.")]
    public void A_value_said_as_a_predicate_clashes_like_one_before_its_noun(string a, string b)
    {
        BothWays(PairRelation.Contradicts, a, b);
    }

    [Theory]
    [InlineData("The jockey's injuries were not life-threatening, the hospital said.", "The jockey suffered minor injuries, the hospital said.")]
    [InlineData("The jockey's injuries were not serious, the hospital said.", "The jockey's injuries were not life-threatening, doctors said.")]
    public void A_negated_heavy_predicate_agrees_with_the_light_end(string a, string b)
    {
        NeitherWay(PairRelation.Contradicts, a, b);
    }

    [Fact]
    public void An_affirmed_paraphrase_never_supports_a_denial_of_it()
    {
        const string denial = "Norrvik Mining, which runs the Tallberg pit, denied that it had dumped waste into Lake Orsen.";
        const string affirmed = "The operator of the Tallberg pit emptied its tailings into Lake Orsen on Friday, residents said.";

        NeitherWay(PairRelation.Supports, affirmed, denial);
        Assert.DoesNotContain(Relate(affirmed, denial).Claims.SelectMany(c => c.Evidence), e => e.Relation == EvidenceRelation.Supports);
    }

    [Theory]
    [InlineData("A former ferry clerk has denied fraud over the missing ticket money in Varna.", "A former ferry clerk has been charged with fraud over the missing ticket money in Varna.")]
    [InlineData("The coach driver denied causing the crash on the mountain road near Brell.", "The coach driver was arrested on suspicion of causing the crash on the mountain road near Brell.")]
    public void Denying_the_act_does_not_contradict_the_accusation(string denial, string accusation)
    {
        NeitherWay(PairRelation.Contradicts, denial, accusation);
    }

    [Fact]
    public void Denying_the_act_still_contradicts_a_report_of_the_act()
    {
        Assert.Equal(PairRelation.Contradicts, Relate(
            "The coach driver denied causing the crash on the mountain road near Brell.",
            "The coach driver caused the crash on the mountain road near Brell.").Relation);
    }

    [Theory]
    [InlineData("Nobody was hurt in the warehouse fire in Selm.", "The warehouse fire in Selm destroyed most of the roof.")]
    [InlineData("The bridge at Orla was not closed after the flood.", "The flood at Orla damaged the bridge and a school.")]
    public void A_denial_does_not_contradict_another_happening_of_the_same_event(string denial, string other)
    {
        NeitherWay(PairRelation.Contradicts, denial, other);
    }

    [Theory]
    [InlineData("Nobody was hurt in the warehouse fire in Selm.", "Two firefighters were hurt in the warehouse fire in Selm.")]
    [InlineData("The bridge at Orla was not closed after the flood.", "The bridge at Orla was closed after the flood.")]
    [InlineData("Investigators ruled out a gas leak at the bakery in Tarn.", "A gas leak at the bakery in Tarn caused the blast, investigators said.")]
    public void A_denial_contradicts_a_report_of_the_same_happening(string denial, string report) =>
        Assert.Equal(PairRelation.Contradicts, Relate(denial, report).Relation);

    [Fact]
    public void Two_denials_of_one_thing_support_each_other()
    {
        var verdict = Relate(
            "Norrvik Mining said on Friday that it had not dumped waste into Lake Orsen.",
            "Norrvik Mining denied that it had dumped waste into Lake Orsen.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void Opposite_words_in_the_same_statement_contradict_it_and_say_which()
    {
        var verdict = Relate(
            "Shares of Brantel Holdings fell sharply in Kessing on Tuesday after the results.",
            "Shares of Brantel Holdings rose sharply in Kessing on Tuesday after the results.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        var conflict = Assert.Single(verdict.Claims.Single().Evidence).Conflicts.Single();
        Assert.Equal("rose vs fell", conflict);
    }

    [Fact]
    public void A_converse_with_the_names_swapped_is_not_a_contradiction()
    {
        var verdict = Relate(
            "Vexmark bought the Orsa bottling plant from Halden Foods last year.",
            "Halden Foods sold the Orsa bottling plant to Vexmark last year.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_paraphrase_in_other_words_supports_and_an_unrelated_sentence_does_not()
    {
        const string claim = "Marlow exporters say the blockade has already cost them some 30 million euros in lost sales.";

        Assert.Equal(PairRelation.Supports, Relate("Exporters in Marlow estimate their losses from the blockade at about 30 million euros so far.", claim).Relation);
        Assert.Equal(PairRelation.None, Relate("The Marlow choir will sing at the harbour festival in June.", claim).Relation);
    }

    [Fact]
    public void Similarity_is_symmetric_and_within_zero_and_one()
    {
        const string a = "The Varden council approved a new ring road on Monday.";
        const string b = "On Monday the council of Varden voted for a ring road around the town.";

        var ab = Relate(a, b).Similarity;
        var ba = Relate(b, a).Similarity;

        Assert.Equal(ab, ba, 6);
        Assert.InRange(ab, 0.5, 1.0);
        Assert.InRange(Relate(a, "The Tallberg choir will sing at the harbour festival.").Similarity, 0.0, 0.4);
    }

    [Fact]
    public void Several_claims_combine_contradicted_first_then_all_corroborated()
    {
        AssessedClaim Claim(ClaimStatus status) => new("b", new CrossCheck.Analysis.Claims.Claim("b#c1", 0, 0, 1, "x", null, false, false), status, []);

        Assert.Equal(PairRelation.None, PairRelator.Combine([]));
        Assert.Equal(PairRelation.Contradicts, PairRelator.Combine([Claim(ClaimStatus.Corroborated), Claim(ClaimStatus.Contradicted)]));
        Assert.Equal(PairRelation.Supports, PairRelator.Combine([Claim(ClaimStatus.Corroborated), Claim(ClaimStatus.Corroborated)]));
        Assert.Equal(PairRelation.Partial, PairRelator.Combine([Claim(ClaimStatus.Corroborated), Claim(ClaimStatus.SingleSource)]));
        Assert.Equal(PairRelation.None, PairRelator.Combine([Claim(ClaimStatus.SingleSource)]));
    }
}
