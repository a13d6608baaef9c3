using CrossCheck.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Entities;

public sealed class SeedEntityTests
{
    private static readonly EntityIndex Index = EntityResolver.Resolve(SeedArticles.All);

    [Fact]
    public void Rama_is_one_person_across_both_reports_with_his_title_and_surname()
    {
        var rama = Index.EntityNamed("Edi Rama");

        Assert.Equal(EntityType.Person, rama.Type);
        Assert.Contains("Rama", rama.Aliases);
        Assert.Contains("Albanian Prime Minister", rama.Aliases);
        Assert.Equal([SeedArticles.Rama, SeedArticles.Balkan], rama.ArticleIds);
        Assert.Equal("e1", rama.Id);
    }

    [Fact]
    public void Headline_title_without_a_name_resolves_to_the_person_the_text_names_with_it()
    {
        var headline = SeedArticles.Get(SeedArticles.Rama).Mention("Albanian Prime Minister");

        Assert.Equal(0, headline.Start);
        Assert.Equal(Index.EntityNamed("Edi Rama").Id, Index.EntityIdOf(SeedArticles.Rama, headline.Start, headline.End));
    }

    [Fact]
    public void Stoltenberg_has_his_descriptor_and_surname()
    {
        var stoltenberg = Index.EntityNamed("Jens Stoltenberg");

        Assert.Equal(EntityType.Person, stoltenberg.Type);
        Assert.Contains("Stoltenberg", stoltenberg.Aliases);
        Assert.Contains("NATO Secretary General", stoltenberg.Aliases);
    }

    [Fact]
    public void The_Alliance_is_NATO()
    {
        var nato = Index.EntityNamed("NATO");
        var alliance = SeedArticles.Get(SeedArticles.Rama).Mention("Alliance");

        Assert.Equal(EntityType.Organization, nato.Type);
        Assert.Equal(nato.Id, Index.EntityIdOf(SeedArticles.Rama, alliance.Start, alliance.End));
    }

    [Theory]
    [InlineData("Albin Kurti", "Kosovo's Prime Minister")]
    [InlineData("Zoran Milanović", "Croatian President")]
    public void Named_people_carry_the_title_the_text_gives_them(string name, string descriptor)
    {
        var person = Index.EntityNamed(name);

        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains(descriptor, person.Aliases);
    }

    [Theory]
    [InlineData("Kosovo", EntityType.Place)]
    [InlineData("Serbia", EntityType.Place)]
    [InlineData("Skopje", EntityType.Place)]
    [InlineData("Belgrade", EntityType.Place)]
    [InlineData("European Union", EntityType.Organization)]
    [InlineData("Republic of North Macedonia", EntityType.Place)]
    public void Places_and_organisations_are_typed(string name, object type) =>
        Assert.Equal((EntityType)type, Index.EntityNamed(name).Type);

    [Fact]
    public void North_Macedonia_and_its_official_name_are_one_place() =>
        Assert.Contains("North Macedonia", Index.EntityNamed("Republic of North Macedonia").Aliases);

    [Fact]
    public void The_Serbian_president_is_a_description_of_its_own_not_Rama()
    {
        var president = SeedArticles.Get(SeedArticles.Rama).Mention("Serbian president");

        Assert.Equal(EntityType.Person, president.Type);
        Assert.Equal("Serbian president", president.Descriptor);
        Assert.NotEqual(Index.EntityNamed("Edi Rama").Id, Index.EntityIdOf(SeedArticles.Rama, president.Start, president.End));
    }

    [Theory]
    [InlineData("November")]
    [InlineData("September")]
    [InlineData("Serbs")]
    [InlineData("Albanians")]
    [InlineData("Serbian")]
    [InlineData("Additionally")]
    [InlineData("Approximately")]
    public void Months_demonyms_and_sentence_openers_are_not_entities(string word) =>
        Assert.DoesNotContain(SeedArticles.All.SelectMany(a => a.Mentions), m => m.Text == word);

    [Fact]
    public void Every_mention_maps_to_an_entity()
    {
        foreach (var article in SeedArticles.All)
        {
            Assert.All(article.Mentions, m => Assert.NotNull(Index.EntityIdOf(article.Article.Id, m.Start, m.End)));
            Assert.All(article.Mentions, m => Assert.Equal(m.Text, article.Article.Text[m.Start..m.End]));
        }
    }
}
