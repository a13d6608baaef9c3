using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>The time of one event told by two independent reports with different words (decision 365): a dated
/// sentence and its nearest sentence in the other report, each the other's nearest, clash when their times cannot both
/// hold; an earlier instance of the event and another event of the story
/// told undated in the other report do not. Both reports are dated 17 August 2026 (a Monday). Every report here is
/// made up for the test.</summary>
public sealed class TimeSlotTests
{
    private static bool Contradicted(string first, string second, string fragment) =>
        TwoReports.Contradicted(first, second, fragment, "Break-in at the Halvard Gallery");

    [Theory]
    [InlineData("Thieves broke into the Halvard Gallery in Ostrava at about 3 a.m. on Saturday.", "The Halvard Gallery in Ostrava was burgled shortly after midnight on Saturday.")]
    [InlineData("The curator Ilse Varga moved to Ostrava about four weeks ago.", "Ilse Varga, the curator, had settled in Ostrava 11 weeks ago.")]
    [InlineData("Thieves broke into the Halvard Gallery in Ostrava on Saturday 15 August.", "The Halvard Gallery in Ostrava was burgled on Thursday 13 August.")]
    public void One_event_told_with_other_words_at_times_that_cannot_both_hold_clash(string first, string second) =>
        Assert.True(Contradicted(first, second, first[..12]));

    [Theory]
    // An earlier instance of the event against the one reported.
    [InlineData("Thieves broke into the Halvard Gallery in Ostrava on Saturday 15 August.", "The last burglary at the Halvard Gallery in Ostrava was in March 2019.")]
    // Times the wording lets meet: about half past two and just after half past two.
    [InlineData("Thieves broke into the Halvard Gallery in Ostrava at about 2.30 a.m. on Saturday.", "The Halvard Gallery in Ostrava was burgled just after 2.30 a.m. on Saturday.")]
    public void Times_of_other_events_or_that_can_both_hold_do_not_clash(string first, string second) =>
        Assert.False(Contradicted(first, second, first[..12]));

    [Fact]
    public void Another_event_of_the_story_is_not_the_nearest_sentence_when_the_event_is_told_undated()
    {
        const string Second = "Officers detained a night porter at his flat in Ostrava. The porter appeared before a judge in Ostrava on Thursday 20 August.";
        Assert.False(Contradicted("Police arrested a night porter in Ostrava on Sunday 16 August.", Second, "arrested"));
    }

    // Decision 390: the story's main event as each report's opening dates it, told with verbs and nouns too far apart for
    // the mutual nearest match, when a third report's opening takes one side.
    [Theory]
    [InlineData(
        "A landslide buried the road into Vell at 5.10 a.m. on Thursday, cutting off about 300 homes, the council said. Engineers had watched the slope since 2019.",
        "The hillside above Vell gave way on the evening of Wednesday 12 August. Two roads were closed.",
        "A wall of mud swept over the road into Vell at 5.10 a.m. on Thursday. The school stayed shut.")]
    [InlineData(
        "A ferry ran aground off Kessa Point at 9.15 p.m., the coastguard said. Nobody was hurt.",
        "The Kessa Point ferry struck rocks shortly after 6 p.m. Its crew of six stayed on board.",
        "The coastguard was told at 9.15 p.m. that the Kessa Point ferry was stuck fast. Tugs came from Orrin.")]
    public void The_main_event_dated_in_the_openings_at_times_that_cannot_both_hold_clashes(string first, string second, string third) =>
        Assert.True(Contradicted(ThreeReports(first, second, third), "b", first[..12]));

    [Theory]
    // A time of a later stage told after the opening (the ferry pulled off the rocks).
    [InlineData(
        "A ferry ran aground off Kessa Point at 9.15 p.m., the coastguard said. Nobody was hurt.",
        "The Kessa Point ferry struck rocks with 40 people on board. Its crew of six stayed on board. Tugs pulled the ferry off the rocks at 2 a.m.",
        "The coastguard was told at 9.15 p.m. that the Kessa Point ferry was stuck fast. Tugs came from Orrin.")]
    // A time of day in GMT and one of an unknown zone are not on one time line.
    [InlineData(
        "A ferry ran aground off Kessa Point at 1915 GMT on Saturday, the coastguard said. Nobody was hurt.",
        "The Kessa Point ferry struck rocks at 9.15 p.m. on Saturday. Its crew of six stayed on board.",
        "The coastguard was told at 1915 GMT on Saturday that the Kessa Point ferry was stuck fast. Tugs came from Orrin.")]
    public void Opening_times_of_another_stage_or_another_time_line_do_not_clash(string first, string second, string third) =>
        Assert.False(Contradicted(ThreeReports(first, second, third), "b", first[..12]));

    [Fact]
    public void Two_reports_alone_whose_openings_tell_two_events_do_not_clash() =>
        Assert.False(TwoReports.Contradicted(
            "A ferry ran aground off Kessa Point at 9.15 p.m., the coastguard said. Nobody was hurt.",
            "The Kessa Point ferry struck rocks shortly after 6 p.m. Its crew of six stayed on board.",
            "A ferry ran",
            "Events in Vell"));

    // Decision 415: a name the sentence gives only in an aside (who told it) is no participant that makes it another event.
    [Theory]
    [InlineData(
        "Fire gutted the Orrin flour mill in Kessa on Saturday 15 August, the town's fire chief, Ola Renk, told reporters.",
        "Brenner Milling's Orrin flour mill in Kessa was gutted by fire on Thursday 13 August.")]
    [InlineData(
        "The freighter Kalla Star docked in Dorran on Friday 14 August, the port's harbour master, Eno Valt, told reporters.",
        "Lindqvist Shipping's freighter Kalla Star docked at Dorran on Wednesday 12 August.")]
    public void A_name_only_in_the_aside_of_who_told_it_does_not_make_another_event(string first, string second) =>
        Assert.True(TwoReports.Contradicted(first, second, first[..12], "Events in Kessa and Dorran"));

    [Fact]
    public void A_name_only_in_an_aside_with_times_that_can_both_hold_does_not_clash() =>
        Assert.False(TwoReports.Contradicted(
            "The freighter Kalla Star docked in Dorran early on Friday 14 August, the port's harbour master, Eno Valt, told reporters.",
            "Lindqvist Shipping's freighter Kalla Star docked at Dorran on Friday 14 August.",
            "The freighter",
            "Events in Kessa and Dorran"));

    private static StoryDossier ThreeReports(string first, string second, string third)
    {
        const string Title = "Events in Vell";
        RawDocument Report(string id, string outlet, string text) =>
            new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata(Title, outlet, null, "2026-08-17"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        var articles = engine.ExtractAsync([Report("a", "Tarn Wire", first), Report("b", "Northgate Post", second), Report("c", "Orrin Herald", third)])
            .GetAwaiter().GetResult().Articles;
        var result = engine.AnalyseAsync(articles, [new("s", Title, ["a", "b", "c"], new Dictionary<string, string>())]).GetAwaiter().GetResult();
        return Assert.Single(result.Document.Stories);
    }

    private static bool Contradicted(StoryDossier story, string by, string fragment) =>
        story.Claims.First(c => c.ArticleId == "a" && c.Text.Contains(fragment, StringComparison.Ordinal))
            .Evidence.Any(e => e.ArticleId == by && e.Relation == EvidenceRelationValue.Contradicts);
}
