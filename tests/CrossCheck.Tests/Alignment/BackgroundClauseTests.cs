using CrossCheck.Alignment;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>Background clauses weigh half, a dateline nothing and the date of a statement half (decisions 226,
/// 227). Made-up sentences in other domains than the reports that showed the problem.</summary>
public sealed class BackgroundClauseTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    private static List<string> Background(string sentence) =>
        [.. BackgroundClauses.Find(Tokenizer.Tokenize(sentence)).Select(r => sentence[r.Start..r.End])];

    [Theory]
    [InlineData("While the band played on, two climbers were lifted from the north face.", "While the band played on,")]
    [InlineData("The mayor thanked Ana Berg, who had led the rescue, and her crew.", "who had led the rescue")]
    [InlineData("Officers questioned Tom Reil, the former treasurer who later ran the club, on Monday.", "who later ran the club")]
    [InlineData("The ferry docked in Lund, where the passengers were met by medics.", "where the passengers were met by medics.")]
    public void Fronted_adverbial_and_non_restrictive_relative_clauses_are_background(string sentence, string background) =>
        Assert.Equal([background], Background(sentence));

    [Theory]
    [InlineData("The officer who fired the shots was suspended.")]
    [InlineData("As many as 80 people were hurt in the crash.")]
    [InlineData("So far, no one has claimed the prize.")]
    public void Restrictive_relatives_quantity_phrases_and_other_openers_are_not(string sentence) =>
        Assert.Empty(Background(sentence));

    [Theory]
    [InlineData("BRISA (Harbor Wire) — Police arrested three men.", "BRISA (Harbor Wire) —")]
    [InlineData("OSLEN, March 4 — The bridge reopened.", "OSLEN, March 4 —")]
    public void A_dateline_opening_a_claim_is_found(string sentence, string dateline)
    {
        var range = Datelines.Find(Tokenizer.Tokenize(sentence));

        Assert.NotNull(range);
        Assert.Equal(dateline, sentence[range.Value.Start..range.Value.End]);
    }

    [Theory]
    [InlineData("NATO said on Monday - the talks had failed.")]
    [InlineData("Police arrested three men — the ring's leaders.")]
    public void A_capitalised_subject_before_a_dash_is_no_dateline(string sentence) =>
        Assert.Null(Datelines.Find(Tokenizer.Tokenize(sentence)));

    [Fact]
    public void A_sentence_that_confirms_only_the_relative_clause_does_not_support_the_claim()
    {
        // What the relative clause says about the museum is confirmed; Ines Marl's post is not.
        var verdict = Relate(
            "The Velden museum, which later opened a second gallery in Osk, was founded by the city in 1961.",
            "Ines Marl served as deputy director of the Velden museum, which later opened a second gallery in Osk.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_sentence_that_states_the_main_fact_supports_a_claim_whatever_its_fronted_clause()
    {
        // A guard: support here does not hang on the weighting, but a background read too wide would lose it.
        var verdict = Relate(
            "Coastguards lifted 40 passengers from the upper deck of the stranded ferry Solvik.",
            "As relatives waited anxiously at the harbour, 40 passengers were lifted from the upper deck of the stranded ferry Solvik.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_dateline_and_the_day_of_the_statement_are_not_what_a_claim_states()
    {
        var verdict = Relate(
            "Customs officers found 60 pounds of heroin in a lorry at Tarvik.",
            "TARVIK (Delta Wire) — Officers seized 60 pounds of heroin at Tarvik, the customs agency said on Thursday.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }
}
