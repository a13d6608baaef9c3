using CrossCheck.Tests.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Quotes;

/// <summary>Speakers in wire style: inverted attribution with material after the name, appositions,
/// single names and news agencies as the listener (decisions 200-201).</summary>
public sealed class SpeakerAttributionTests
{
    private static string? SpeakerOf(string text) => Assert.Single(AnalysisHelpers.Analyse(text).Quotes).Speaker?.Text;

    [Theory]
    [InlineData("“The old bridge is gone,” said pharmacist Dewi Lestari to Reuters, speaking from Karang village in the Solok district.", "Dewi Lestari")]
    [InlineData("“We slept in the fields,” said Marta Vesely to Kyodo News, speaking by telephone from Ostrava in the Moravia region.", "Marta Vesely")]
    public void Inverted_attribution_keeps_the_name_after_the_verb_not_a_later_place(string text, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text));

    [Theory]
    [InlineData("“The pumps have failed,” Gunadi, a technician at the water plant, told Reuters.", "Gunadi")]
    [InlineData("“My shop is ruined,” Wirya, 61, told reporters.", "Wirya")]
    [InlineData("Sulastri, a nurse at the field clinic, told AFP: “We have no more bandages.”", "Sulastri")]
    [InlineData("“The boats are smashed,” Wirya, a fisherman from Sibolga, told Reuters.", "Wirya")]
    [InlineData("“The school is closed,” Ilona Vass, the headteacher in Miskolc, said.", "Ilona Vass")]
    public void Apposition_between_a_single_name_and_the_verb_is_skipped(string text, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text));

    [Theory]
    [InlineData("“The ferry will not sail today,” Odile Marchand told Agence France-Presse.", "Odile Marchand")]
    [InlineData("“We counted nine bodies,” said Tomasz Wrona to the Associated Press.", "Tomasz Wrona")]
    public void A_news_agency_is_the_channel_not_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text));

    [Theory]
    [InlineData("“The ferry will not sail today,” Odile Marchand told Agence France-Presse.", "Agence France-Presse")]
    [InlineData("“We counted nine bodies,” said Tomasz Wrona to the Associated Press, speaking from Gdynia.", "Associated Press")]
    [InlineData("Speaking to Reuters, harbour master Ines Duarte said: “No boat left the port.”", "Reuters")]
    public void The_agency_spoken_to_is_recorded_as_the_channel(string text, string channel)
    {
        var speaker = Assert.Single(AnalysisHelpers.Analyse(text).Quotes).Speaker;

        Assert.NotNull(speaker);
        Assert.Equal(channel, speaker.Channel);
        Assert.NotEqual(channel, speaker.Text);
    }

    [Fact]
    public void A_speaker_who_names_no_agency_has_no_channel() =>
        Assert.Null(Assert.Single(AnalysisHelpers.Analyse("“The ferry will not sail today,” Odile Marchand told reporters.").Quotes).Speaker?.Channel);

    [Fact]
    public void The_listener_of_told_is_never_the_speaker()
    {
        Assert.NotEqual("Reuters", SpeakerOf("“The gates stay shut,” a guard told Reuters."));
        Assert.NotEqual("Mirela Dobre", SpeakerOf("“Nobody warned us,” told Mirela Dobre."));
    }

    [Theory]
    [InlineData("Harbour master Ines Duarte said the coastguard had sent Captain Rui Lobo. “We owe them our lives,” she added.", "Ines Duarte")]
    [InlineData("“We thank Dr Hana Kolar,” Petr Dusek said. “The clinic stayed open all night,” he added.", "Petr Dusek")]
    [InlineData("Pilot Marek Hruby said the tower had called Major Jan Sedlak. “We landed on the road,” he continued.", "Marek Hruby")]
    public void He_added_continues_the_last_speaker_not_the_last_person_named(string text, string speaker) =>
        Assert.Equal(speaker, AnalysisHelpers.Analyse(text).Quotes[^1].Speaker?.Text);

    [Fact]
    public void He_said_after_another_person_still_takes_the_last_person()
    {
        const string text = "Ines Duarte met Rui Lobo at the port. Later he said: “The boats are safe.”";

        Assert.Equal("Rui Lobo", Assert.Single(AnalysisHelpers.Analyse(text).Quotes).Speaker?.Text);
    }
}
