using CrossCheck.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Entities;

/// <summary>Where a name starts and ends: single-letter name parts, first names WordNet also knows as
/// words, and "and" inside an organisation's "of" phrase.</summary>
public sealed class NameBoundaryTests
{
    [Theory]
    [InlineData("The district police chief Daniel Okafor said 40 people had been evacuated.", "Daniel Okafor")]
    [InlineData("Police chief Daniel Okafor said roads were closed.", "Daniel Okafor")]
    [InlineData("Harbour master Joseph Mensah said the ship had sunk.", "Joseph Mensah")]
    public void First_name_known_to_wordnet_stays_with_the_surname(string text, string name)
    {
        var article = AnalysisHelpers.Analyse(text);

        Assert.Equal(EntityType.Person, article.Mention(name).Type);
    }

    [Theory]
    [InlineData("\"We heard a roar,\" said village head Rusdi A, speaking by telephone.", "Rusdi A")]
    [InlineData("The boat was found near the reef by Yusuf M, a fisherman.", "Yusuf M")]
    [InlineData("Rescuers were led by Hendra S.", "Hendra S")]
    public void Single_capital_letter_after_a_name_is_part_of_it(string text, string name)
    {
        var article = AnalysisHelpers.Analyse(text);

        Assert.Equal(EntityType.Person, article.Mention(name).Type);
    }

    [Fact]
    public void Capital_a_opening_a_phrase_is_not_a_name_part()
    {
        var article = AnalysisHelpers.Analyse("Officials met Ana Petrova. A crowd gathered outside.");

        Assert.Contains(article.Mentions, m => m.Text == "Ana Petrova");
        Assert.DoesNotContain(article.Mentions, m => m.Text.EndsWith(" A", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The National Institute of Geophysics and Seismology said heavy rain had loosened the slope.", "National Institute of Geophysics and Seismology")]
    [InlineData("The Department of Fisheries and Oceans closed the bay to boats.", "Department of Fisheries and Oceans")]
    [InlineData("A spokesman for the Ministry of Agriculture and Forestry declined to comment.", "Ministry of Agriculture and Forestry")]
    public void Field_names_joined_by_and_stay_in_an_organisation_name(string text, string name)
    {
        var article = AnalysisHelpers.Analyse(text);

        Assert.Equal(EntityType.Organization, article.Mention(name).Type);
    }

    [Fact]
    public void And_before_another_name_separates_two_entities()
    {
        var article = AnalysisHelpers.Analyse("The Ministry of Defence and Russia's embassy issued statements.");

        Assert.Contains(article.Mentions, m => m.Text == "Russia");
        Assert.DoesNotContain(article.Mentions, m => m.Text.Contains("Defence and", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_closing_with_an_initial_is_referred_to_by_the_name_before_it()
    {
        Assert.Equal("Rusdi", Surname.Of("Rusdi A"));
        Assert.Equal("Okafor", Surname.Of("Daniel Okafor"));
        Assert.Equal("Rama", Surname.Of(["Edi", "Rama"]));
    }

    [Fact]
    public void Organisation_head_is_the_noun_before_of()
    {
        Assert.Equal("Institute", OrganizationHeadMentions.HeadWord("National Institute of Geophysics and Seismology"));
        Assert.Equal("Agency", OrganizationHeadMentions.HeadWord("Anti-Corruption Agency"));
    }

    [Fact]
    public void A_name_closing_with_an_initial_joins_its_later_short_form()
    {
        var index = AnalysisHelpers.Resolve("Rescuers were led by village head Hendra S on Monday.", "Hendra said the road was cut.");
        var hendra = index.EntityNamed("Hendra S");

        Assert.Equal(["a0", "a1"], hendra.ArticleIds);
        Assert.DoesNotContain("S", hendra.Aliases);
    }

    [Fact]
    public void The_head_noun_before_of_refers_back_to_the_organisation()
    {
        var index = AnalysisHelpers.Resolve(
            "The Department of Fisheries and Oceans closed the bay on Friday. The department said the ban would last a week.");
        var department = index.EntityNamed("Department of Fisheries and Oceans");

        Assert.Contains("department", department.Aliases);
    }

    [Theory]
    [InlineData("A keen sailor, 54-year-old Marta Lindqvist of the Netherlands, was rescued from the yacht.", "Marta Lindqvist", "Netherlands")]
    [InlineData("The winning entry came from Tomas Ferrand of the Ardennes, who baked it overnight.", "Tomas Ferrand", "Ardennes")]
    public void Of_the_after_a_person_name_ends_the_name(string text, string name, string place)
    {
        var article = AnalysisHelpers.Analyse(text);

        Assert.Equal(EntityType.Person, article.Mention(name).Type);
        Assert.Contains(article.Mentions, m => m.Text == place);
        Assert.DoesNotContain(article.Mentions, m => m.Text.Contains(name + " of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Bank of the Pacific said its branch would reopen on Monday.", "Bank of the Pacific")]
    [InlineData("Visitors crowded into the National Museum of the Arctic on its first day.", "National Museum of the Arctic")]
    public void Of_the_after_an_organisation_head_stays_in_the_name(string text, string name)
    {
        var article = AnalysisHelpers.Analyse(text);

        Assert.Contains(article.Mentions, m => m.Text == name);
    }
}
