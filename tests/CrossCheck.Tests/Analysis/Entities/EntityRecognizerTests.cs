using CrossCheck.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Entities;

public sealed class EntityRecognizerTests
{
    [Fact]
    public void Title_before_a_name_becomes_the_descriptor()
    {
        var article = AnalysisHelpers.Analyse("Defence Minister Ana Petrova visited the base on Monday.");
        var petrova = article.Mention("Ana Petrova");

        Assert.Equal(EntityType.Person, petrova.Type);
        Assert.Equal("Defence Minister", petrova.Descriptor);
    }

    [Fact]
    public void Possessive_owner_and_title_in_apposition_before_the_name()
    {
        var article = AnalysisHelpers.Analyse("Moldova's Foreign Minister, Ion Vrabie, declared a state of alert.");

        Assert.Equal("Moldova's Foreign Minister", article.Mention("Ion Vrabie").Descriptor);
        Assert.Equal(EntityType.Place, article.Mention("Moldova").Type);
    }

    [Fact]
    public void Title_in_apposition_after_the_name()
    {
        var article = AnalysisHelpers.Analyse("Ion Vrabie, Moldova's Foreign Minister, declared a state of alert.");

        Assert.Equal("Moldova's Foreign Minister", article.Mention("Ion Vrabie").Descriptor);
        Assert.DoesNotContain(article.Mentions, m => m.Text == "Moldova's Foreign Minister");
    }

    [Fact]
    public void Lower_case_title_with_demonym_before_a_name()
    {
        var article = AnalysisHelpers.Analyse("The talks were led by Serbian president Aleksandar Vučić and others.");

        Assert.Equal("Serbian president", article.Mention("Aleksandar Vučić").Descriptor);
    }

    [Fact]
    public void Description_standing_for_a_person_excludes_the_article()
    {
        var article = AnalysisHelpers.Analyse("Later that day the Croatian foreign minister called for calm.");
        var minister = article.Mention("Croatian foreign minister");

        Assert.Equal(EntityType.Person, minister.Type);
        Assert.Equal("Croatian foreign minister", minister.Descriptor);
        Assert.Equal(article.Article.Text.IndexOf("Croatian", StringComparison.Ordinal), minister.Start);
    }

    [Fact]
    public void Possessive_is_not_part_of_the_name()
    {
        var text = "Officials welcomed Petrova’s proposal.";
        var mention = AnalysisHelpers.Analyse(text).Mention("Petrova");

        Assert.Equal(text.IndexOf("Petrova", StringComparison.Ordinal) + 7, mention.End);
    }

    [Theory]
    [InlineData("Protesters gathered outside the Ministry of Interior in the capital.", "Ministry of Interior", EntityType.Organization)]
    [InlineData("A statement from the Valdoria Border Police was published.", "Valdoria Border Police", EntityType.Organization)]
    [InlineData("Clashes broke out in Zubin Potok overnight.", "Zubin Potok", EntityType.Place)]
    [InlineData("He travelled to Skopje last week.", "Skopje", EntityType.Place)]
    [InlineData("Officials from the EU arrived.", "EU", EntityType.Organization)]
    [InlineData("Later, Marko Jaksic said the vote was fair.", "Marko Jaksic", EntityType.Person)]
    [InlineData("The deal was signed, Vrabie said.", "Vrabie", EntityType.Person)]
    [InlineData("Floods cut the road to Solok district on Monday.", "Solok", EntityType.Place)]
    [InlineData("Villagers from Tapanuli regency were moved to tents.", "Tapanuli", EntityType.Place)]
    [InlineData("Teachers from Harlan county met the mayor.", "Harlan", EntityType.Place)]
    [InlineData("The Brazilian Geological Survey measured the tremor.", "Brazilian Geological Survey", EntityType.Organization)]
    [InlineData("A report by the Pacific Tsunami Observatory was published.", "Pacific Tsunami Observatory", EntityType.Organization)]
    [InlineData("Officials spoke to Agence France-Presse on Monday.", "Agence France-Presse", EntityType.Organization)]
    [InlineData("“Our wells are dry,” Kasmuri, a farmer from the hills, said.", "Kasmuri", EntityType.Person)]
    public void Types_come_from_wordnet_head_words_and_context(string text, string name, object type) =>
        Assert.Equal((EntityType)type, AnalysisHelpers.Analyse(text).Mention(name).Type);

    [Fact]
    public void Connectors_join_names()
    {
        var article = AnalysisHelpers.Analyse("Delegates met in the Republic of North Macedonia and in Bosnia and Herzegovina.");

        Assert.Equal(EntityType.Place, article.Mention("Republic of North Macedonia").Type);
        Assert.Equal(EntityType.Place, article.Mention("Bosnia and Herzegovina").Type);
    }

    [Fact]
    public void Headline_case_keeps_only_words_known_as_names()
    {
        var article = AnalysisHelpers.Analyse("Leaders Pledge Support As Tensions Rise In Kosovo\nLeaders met in Kosovo on Friday.");

        Assert.Equal(["Kosovo", "Kosovo"], article.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Sentence_openers_and_calendar_words_are_not_names()
    {
        var article = AnalysisHelpers.Analyse("Meanwhile, officials met.\nConsequently the talks ended on Tuesday, March 3.");

        Assert.Empty(article.Mentions);
    }

    [Theory]
    [InlineData("Firefighter Ola Lindqvist said the barn was lost.", "Ola Lindqvist", "Firefighter")]
    [InlineData("Seismologist Hana Kolarova measured the tremor.", "Hana Kolarova", "Seismologist")]
    public void A_sentence_opening_noun_before_a_full_name_is_its_descriptor(string text, string name, string descriptor)
    {
        var mention = AnalysisHelpers.Analyse(text).Mention(name);

        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(descriptor, mention.Descriptor);
    }
}
