using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text;

/// <summary>A period and a space between digit groups ("4. 2") is read as part of the number only on evidence;
/// each case below carries exactly one kind of evidence, so switching that kind off fails its case.</summary>
public sealed class SpacedDecimalsTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("4. 2 Tremor Rattles Varnholt Valley", "4. 2", 1, "nothing but the number before it")]
    [InlineData("Each ticket cost €3. 5 at the gate of the fair.", "3. 5", 1, "a currency sign before it")]
    [InlineData("The index rose (4. 1 points) on Friday.", "4. 1", 1, "an opening bracket before it")]
    [InlineData("Officials recorded a 4. 2 reading near the dam.", "4. 2", 1, "an article before it")]
    [InlineData("The firm raised 7. 5bn from its investors.", "7. 5bn", 1, "a scale suffix")]
    [InlineData("Turnout reached 61. 3% in the northern wards.", "61. 3%", 1, "a percent sign")]
    [InlineData("The river at Oldbridge peaked at 5. 2. Crews stayed on the banks overnight.", "5. 2.", 2, "a number that ends its clause")]
    [InlineData("Sales at the co-operative grew by 12. 5 percent last year.", "12. 5", 1, "a unit word after it")]
    [InlineData("Exports of wool fell by 3. 4 million bales in the spring.", "3. 4", 1, "a scale word after it")]
    [InlineData("Polls closed at 9. 30 p. m. on Sunday in the capital.", "9. 30", 1, "a spaced clock abbreviation after it")]
    [InlineData("The first tremor came at 14. 05 GMT near the coast.", "14. 05", 1, "a zone after it")]
    [InlineData("The pact was signed on 14. 03. 2011 in Lindqvist.", "14. 03. 2011", 1, "a chain of spaced periods")]
    public void Evidence_keeps_a_spaced_decimal_in_its_sentence(string text, string number, int sentenceCount, string evidence)
    {
        var sentences = Texts(text);
        Assert.True(sentences[0].Contains(number, StringComparison.Ordinal), $"{evidence}: {string.Join(" | ", sentences)}");
        Assert.Equal(sentenceCount, sentences.Length);
    }

    [Theory]
    [InlineData("The depot opened in 2009. 5 drivers work there now.")]
    [InlineData("The bill passed 52 to 48. 3 senators abstained.")]
    [InlineData("Bidding closed at 300. 45 lots remain unsold.")]
    [InlineData("The clinic opened in 1998. 12 million patients have been seen there.")]
    public void A_sentence_ending_in_a_number_before_one_starting_with_a_number_still_splits(string text) =>
        Assert.Equal(2, Texts(text).Length);

    [Fact]
    public void A_text_that_spaces_its_other_numbers_reads_plain_spaced_decimals_too()
    {
        const string Plain = "The striker averaged 1. 4 goals a game.";
        Assert.Equal(2, Texts(Plain).Length);
        Assert.Single(Texts("Doors opened at 7: 45 on Friday.\n" + Plain).Skip(1));
        Assert.Single(Texts("About 12, 000 fans attended.\n" + Plain).Skip(1));

        // A four-digit year still ends its sentence there.
        Assert.Equal(3, Texts("About 12, 000 fans attended.\nThe stand was built in 2019. 5 clubs share it.").Length);
    }

    [Theory]
    [InlineData("Kick-off is at 7: 45 tonight.", true)]
    [InlineData("Some 250, 000 people live there.", true)]
    [InlineData("Kick-off is at 7:45 tonight.", false)]
    [InlineData("Some 250,000 people live there.", false)]
    [InlineData("On May 5, 2024 it rained.", false)]
    [InlineData("Read chapter 3: 145 pages long.", false)]
    public void Spaced_number_text_is_recognised_by_its_clock_times_and_thousands(string text, bool expected) =>
        Assert.Equal(expected, SpacedDecimals.IsSpacedNumberText(text));

    [Theory]
    [InlineData("Berlin agreed to lend? 22. 4bn to the fund.", 1)]
    [InlineData("The union agreed an? 110 billion rescue.", 1)]
    [InlineData("Who won? 52 voters backed Orla.", 2)]
    public void A_question_mark_for_a_lost_currency_sign_ends_no_sentence(string text, int sentences) =>
        Assert.Equal(sentences, Texts(text).Length);

    [Property(MaxTest = 200)]
    public Property A_spaced_decimal_with_a_unit_suffix_never_splits() =>
        Prop.ForAll(
            Gen.Choose(0, 999).ToArbitrary(),
            Gen.Choose(0, 99).ToArbitrary(),
            Gen.Elements("m", "bn", "km", "%", "kg").ToArbitrary(),
            (whole, fraction, suffix) => Assert.Single(Texts($"Shares in Halden fell {whole}. {fraction}{suffix} on Monday.")));

    [Property(MaxTest = 200)]
    public Property A_year_before_a_count_and_a_plain_noun_always_splits() =>
        Prop.ForAll(
            Gen.Choose(1900, 2099).ToArbitrary(),
            Gen.Choose(1, 999).ToArbitrary(),
            Gen.Elements("people", "drivers", "nurses", "families", "boats").ToArbitrary(),
            (year, count, noun) => Assert.Equal(2, Texts($"The depot at Brask opened in {year}. {count} {noun} depend on it now.").Length));
}
