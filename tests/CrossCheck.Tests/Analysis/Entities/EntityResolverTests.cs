using CrossCheck.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Entities;

public sealed class EntityResolverTests
{
    [Fact]
    public void Surname_joins_the_full_name_across_articles()
    {
        var index = AnalysisHelpers.Resolve("Prime Minister Ana Petrova arrived in Skopje.", "Petrova said the talks went well.");
        var petrova = index.EntityNamed("Ana Petrova");

        Assert.Contains("Petrova", petrova.Aliases);
        Assert.Equal(["a0", "a1"], petrova.ArticleIds);
    }

    [Fact]
    public void Initials_with_and_without_dots_name_one_person()
    {
        var index = AnalysisHelpers.Resolve("Harbour master J.P. Castell closed the quay on Monday.", "JP Castell said the quay would reopen soon.");
        var castell = index.EntityNamed("J.P. Castell");

        Assert.Contains("JP Castell", castell.Aliases);
        Assert.Equal(["a0", "a1"], castell.ArticleIds);
    }

    [Fact]
    public void A_surname_ending_in_s_is_a_person_not_a_company()
    {
        var index = AnalysisHelpers.Resolve("Vellport sacked head coach Aron Maes on Monday.", "Maes joined the club in 2023.");
        var maes = index.EntityNamed("Aron Maes");

        Assert.Equal(EntityType.Person, maes.Type);
        Assert.Contains("Maes", maes.Aliases);
    }

    [Fact]
    public void A_sentence_opening_descriptor_before_a_full_name_is_not_part_of_it()
    {
        var index = AnalysisHelpers.Resolve("Assistant Petra Ilves will lead the team on Saturday.", "The club said Petra Ilves would take charge.");

        var ilves = index.EntityNamed("Petra Ilves");
        Assert.Equal(["a0", "a1"], ilves.ArticleIds);
        Assert.DoesNotContain(index.Entities, e => e.Name.StartsWith("Assistant", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ranked_description_is_not_a_person()
    {
        var index = AnalysisHelpers.Resolve("The mine is the largest employer in the district. The first customer left.");

        Assert.DoesNotContain(index.Entities, e => e.Name.Contains("employer", StringComparison.Ordinal) || e.Name.Contains("customer", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_role_resolves_to_the_person_last_given_that_role()
    {
        var index = AnalysisHelpers.Resolve("Valdorian Prime Minister Ana Petrova met President Ivo Marin. Later the prime minister left.");

        Assert.Contains("prime minister", index.EntityNamed("Ana Petrova").Aliases);
        Assert.DoesNotContain("prime minister", index.EntityNamed("Ivo Marin").Aliases);
    }

    [Fact]
    public void Acronym_joins_its_expansion_by_initials()
    {
        var index = AnalysisHelpers.Resolve("The Valdoria Liberation Army (VLA) claimed the attack.", "The VLA denied it.");
        var front = index.EntityNamed("Valdoria Liberation Army");

        Assert.Contains("VLA", front.Aliases);
        Assert.Equal(EntityType.Organization, front.Type);
    }

    [Fact]
    public void Acronym_joins_its_expansion_from_wordnet()
    {
        var index = AnalysisHelpers.Resolve("The North Atlantic Treaty Organization met.", "NATO leaders agreed.");

        Assert.Contains("NATO", index.EntityNamed("North Atlantic Treaty Organization").Aliases);
    }

    [Fact]
    public void Lower_case_head_word_joins_the_organisation_the_text_pairs_it_with()
    {
        var article = AnalysisHelpers.Analyse("Members of the Arctic Council alliance met. The alliance agreed to meet again.");
        var index = Resolve(article);
        var alliance = article.Mentions.Single(m => m.Text == "alliance");

        Assert.Equal(index.EntityNamed("Arctic Council").Id, index.EntityIdOf("a", alliance.Start, alliance.End));
    }

    [Fact]
    public void Ids_follow_first_appearance_and_every_mention_is_mapped()
    {
        var article = AnalysisHelpers.Analyse("Ana Petrova met Ivo Marin in Skopje. Marin thanked Petrova.");
        var index = Resolve(article);

        Assert.Equal(["e1", "e2", "e3"], index.Entities.Select(e => e.Id));
        Assert.Equal(["Ana Petrova", "Ivo Marin", "Skopje"], index.Entities.Select(e => e.Name));
        Assert.Equal(article.Mentions.Count, index.EntityIdByMention.Count);
    }

    [Fact]
    public void Different_people_sharing_no_name_stay_apart()
    {
        var index = AnalysisHelpers.Resolve("Ana Petrova spoke.", "Ivo Petrov spoke.");

        Assert.Equal(2, index.Entities.Count);
    }

    private static EntityIndex Resolve(CrossCheck.Analysis.AnalysedArticle article) => EntityResolver.Resolve([article]);
}
