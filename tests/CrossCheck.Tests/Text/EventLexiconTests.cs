using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

/// <summary>Outcome and date slots are read through WordNet from a few seed words: the words tested here are not
/// seeds themselves (except where noted), so each case exercises a lexical link.</summary>
public sealed class EventLexiconTests
{
    private static readonly EventLexicon Events = EventLexicon.Default;

    [Theory]
    [InlineData("killed", OutcomeSlot.Dead)]          // kill causes die
    [InlineData("killings", OutcomeSlot.Dead)]        // derived from kill, which causes die
    [InlineData("perished", OutcomeSlot.Dead)]        // a synonym of die
    [InlineData("deaths", OutcomeSlot.Dead)]          // derived from die
    [InlineData("fatalities", OutcomeSlot.Dead)]      // its hypernym is death
    [InlineData("drowned", OutcomeSlot.Dead)]         // a way of killing
    [InlineData("wounded", OutcomeSlot.Injured)]      // a synonym of injure
    [InlineData("injuries", OutcomeSlot.Injured)]     // derived from injure
    [InlineData("detainees", OutcomeSlot.Arrested)]   // derived from detain
    [InlineData("apprehended", OutcomeSlot.Arrested)] // a synonym of arrest
    [InlineData("evacuation", OutcomeSlot.Evacuated)]
    [InlineData("casualties", OutcomeSlot.Casualties)] // a seed of its own, not read as the dead
    public void Words_evoke_the_outcome_their_lexical_links_lead_to(string word, object expected) =>
        Assert.Equal((OutcomeSlot)expected, Events.Outcome(word));

    [Theory]
    [InlineData("said")]
    [InlineData("carried")]
    [InlineData("rose")]
    [InlineData("passed")]   // "die" only in a rare sense
    [InlineData("lost")]     // "missing" is taken as it is, not through its relatives
    [InlineData("workers")]
    public void Other_words_evoke_no_outcome(string word) => Assert.Equal(OutcomeSlot.None, Events.Outcome(word));

    [Theory]
    [InlineData("reopens", DateSlot.Resumption)]
    [InlineData("resumption", DateSlot.Resumption)]
    [InlineData("suspension", DateSlot.Halt)]
    [InlineData("halted", DateSlot.Halt)]
    [InlineData("commenced", DateSlot.Start)]
    [InlineData("concluded", DateSlot.End)]
    [InlineData("killed", DateSlot.None)]    // "end" only in its third sense
    [InlineData("announced", DateSlot.None)]
    public void Words_evoke_the_date_slot_of_what_happens_on_the_date(string word, object expected) =>
        Assert.Equal((DateSlot)expected, Events.DateSlotOf(word));

    [Theory]
    [InlineData("lives", "lost")]
    [InlineData("lost", "lives")]
    [InlineData("claimed", "lives")]
    public void Two_word_outcomes_are_read_in_either_order(string first, string second) =>
        Assert.Equal(OutcomeSlot.Dead, Events.Phrase(first, second));

    [Fact]
    public void Evokes_needs_a_lexical_link_not_just_relatedness()
    {
        var lexicon = Lexicon.Default;

        Assert.True(lexicon.Evokes("slain", "die", PartOfSpeech.Verb));
        Assert.False(lexicon.Evokes("injured", "die", PartOfSpeech.Verb));
        Assert.False(lexicon.Evokes("born", "die", PartOfSpeech.Verb));
    }
}
