using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

public sealed class ClaimAlignerTests
{
    private static readonly FakeLexicon Lexicon = new(
        ["weapon", "arm"], ["drug", "narcotic"], ["enhance", "increase", "boost"], ["border", "frontier"], ["kill", "die"], ["alliance", "organisation"]);

    private static IReadOnlyList<AssessedClaim> Align(IReadOnlyDictionary<string, string>? derivedFrom, params ArticleBuilder[] articles)
    {
        var (story, analysed, entities) = StoryFixture.Build(derivedFrom, articles);
        return ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);
    }

    private static AssessedClaim ClaimOf(IReadOnlyList<AssessedClaim> claims, string articleId, string fragment) =>
        claims.Single(c => c.ArticleId == articleId && c.Claim.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void Paraphrase_with_synonyms_is_corroborated_with_the_other_sentence_as_evidence()
    {
        var a = new ArticleBuilder("a", "Rama said the border was used for drug and weapons smuggling. The weather in Skopje was mild.")
            .Entity("Rama", "rama").Entity("Skopje", "skopje");
        var b = new ArticleBuilder("b", "Voters queued for hours in Tirana. Rama said the frontier was used for arms and narcotics smuggling.")
            .Entity("Rama", "rama").Entity("Tirana", "tirana");

        var claims = Align(null, a, b);

        var smuggling = ClaimOf(claims, "a", "smuggling");
        Assert.Equal(ClaimStatus.Corroborated, smuggling.Status);
        var evidence = Assert.Single(smuggling.Evidence);
        Assert.Equal("b", evidence.ArticleId);
        Assert.Equal("b#c2", evidence.ClaimId);
        Assert.Equal(EvidenceRelation.Supports, evidence.Relation);
        Assert.True(evidence.Score >= 0.9, $"score {evidence.Score}");
        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(claims, "b", "smuggling").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(claims, "a", "weather").Status);
        Assert.Empty(ClaimOf(claims, "a", "weather").Evidence);
    }

    [Fact]
    public void Enhance_and_increase_military_presence_match()
    {
        var a = new ArticleBuilder("a", "Edi Rama urged NATO to enhance its military presence in Kosovo.")
            .Entity("Edi Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");
        var b = new ArticleBuilder("b", "Rama has urged NATO to increase its military presence in Kosovo.")
            .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");

        var claims = Align(null, a, b);

        Assert.All(claims, c => Assert.Equal(ClaimStatus.Corroborated, c.Status));
    }

    [Fact]
    public void A_sentence_stating_only_part_of_the_claim_is_partial_support()
    {
        var a = new ArticleBuilder("a", "Rama urged NATO to enhance its military presence in Kosovo and to fortify the border with Serbia with watchtowers and drones.")
            .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo").Entity("Serbia", "serbia");
        var b = new ArticleBuilder("b", "Rama urged NATO to increase its military presence in Kosovo.")
            .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");

        var claims = Align(null, a, b);

        var longer = ClaimOf(claims, "a", "fortify");
        Assert.Equal(ClaimStatus.Partial, longer.Status);
        Assert.Equal(EvidenceRelation.Partial, Assert.Single(longer.Evidence).Relation);
        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(claims, "b", "presence").Status);
    }

    [Fact]
    public void Sentences_of_one_source_together_can_corroborate_all_of_a_claim()
    {
        var a = new ArticleBuilder("a", "Rama said the border is out of control and used for drug smuggling and infiltration by ultranationalists.")
            .Entity("Rama", "rama");
        var b = new ArticleBuilder("b", "Rama said illegal activity was out of control at the frontier. These activities include narcotics smuggling. He accused ultranationalists of infiltration.")
            .Entity("Rama", "rama");

        var claims = Align(null, a, b);

        var claim = Assert.Single(claims, c => c.ArticleId == "a");
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.True(claim.Evidence.Count >= 2, $"{claim.Evidence.Count} evidence sentences");
    }

    [Fact]
    public void Differing_figures_for_the_same_thing_contradict()
    {
        var a = new ArticleBuilder("a", "NATO raised the number of its troops in Kosovo to 4,500.")
            .Entity("NATO", "nato").Entity("Kosovo", "kosovo").Quantity("4,500", 4500, QuantityQualifier.Exact, "troops");
        var b = new ArticleBuilder("b", "NATO raised the number of its troops in Kosovo to 4,000.")
            .Entity("NATO", "nato").Entity("Kosovo", "kosovo").Quantity("4,000", 4000, QuantityQualifier.Exact, "troops");

        var claims = Align(null, a, b);

        var claim = ClaimOf(claims, "a", "4,500");
        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal(EvidenceRelation.Contradicts, evidence.Relation);
        Assert.Equal(["4,500 vs 4,000 troops"], evidence.Conflicts);
    }

    [Theory]
    [InlineData(QuantityQualifier.AtLeast, 3, 12, ClaimStatus.Corroborated)]
    [InlineData(QuantityQualifier.Approximate, 100, 98, ClaimStatus.Corroborated)]
    [InlineData(QuantityQualifier.Approximate, 100, 60, ClaimStatus.Contradicted)]
    [InlineData(QuantityQualifier.AtMost, 10, 12, ClaimStatus.Contradicted)]
    [InlineData(QuantityQualifier.MoreThan, 12, 12, ClaimStatus.Contradicted)]
    public void Qualified_figures_are_compared_as_ranges(object qualifierValue, double stated, double other, object expected)
    {
        var qualifier = (QuantityQualifier)qualifierValue;
        var a = new ArticleBuilder("a", "The explosion at the Varno chemical plant killed NUMBER workers.")
            .Entity("Varno", "varno").Quantity("NUMBER", stated, qualifier, "workers");
        var b = new ArticleBuilder("b", "The explosion at the Varno chemical plant killed OTHER workers.")
            .Entity("Varno", "varno").Quantity("OTHER", other, QuantityQualifier.Exact, "workers");

        var claims = Align(null, a, b);

        Assert.Equal((ClaimStatus)expected, ClaimOf(claims, "a", "explosion").Status);
    }

    [Fact]
    public void A_figure_no_other_source_gives_is_single_source_even_when_the_rest_is_reported()
    {
        var a = new ArticleBuilder("a", "NATO raised the number of its troops in the region to 4,500.")
            .Entity("NATO", "nato").Quantity("4,500", 4500, QuantityQualifier.Exact, "troops");
        var b = new ArticleBuilder("b", "NATO had already been forced to raise the number of its troops in the region.")
            .Entity("NATO", "nato");

        var claims = Align(null, a, b);

        var claim = ClaimOf(claims, "a", "4,500");
        Assert.Equal(ClaimStatus.SingleSource, claim.Status);
        Assert.Empty(claim.Evidence);
    }

    [Fact]
    public void A_month_is_compatible_with_a_day_inside_it_but_two_days_conflict()
    {
        var a = new ArticleBuilder("a", "Stoltenberg visited the Pristina base in November 2023. Stoltenberg met the Pristina mayor on 20 November 2023.")
            .Entity("Stoltenberg", "stoltenberg").Entity("Pristina", "pristina")
            .Date("November 2023", "2023-11", global::CrossCheck.Analysis.Time.DateGranularity.Month).Date("20 November 2023", "2023-11-20");
        var b = new ArticleBuilder("b", "Stoltenberg visited the Pristina base on November 20. Stoltenberg met the Pristina mayor on November 21.")
            .Entity("Stoltenberg", "stoltenberg").Entity("Pristina", "pristina")
            .Date("November 20", "2023-11-20").Date("November 21", "2023-11-21");

        var claims = Align(null, a, b);

        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(claims, "a", "base").Status);
        var meeting = ClaimOf(claims, "a", "mayor");
        Assert.Equal(ClaimStatus.Contradicted, meeting.Status);
        Assert.Equal(["2023-11-20 vs 2023-11-21"], meeting.Evidence[0].Conflicts);
    }

    [Fact]
    public void A_denial_contradicts_an_affirmation_of_the_same_statement()
    {
        var a = new ArticleBuilder("a", "The Serbian government denied any involvement in the attack on the Banjska monastery.")
            .Entity("Banjska", "banjska");
        var b = new ArticleBuilder("b", "The Serbian government admitted involvement in the attack on the Banjska monastery.")
            .Entity("Banjska", "banjska");

        var claims = Align(null, a, b);

        var claim = ClaimOf(claims, "a", "denied");
        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        Assert.Contains("denied", Assert.Single(claim.Evidence).Conflicts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Both_negated_is_agreement_not_contradiction()
    {
        var a = new ArticleBuilder("a", "Stoltenberg said the Alliance does not see any military threat to its allies in the Western Balkans.")
            .Entity("Stoltenberg", "stoltenberg").Entity("Western Balkans", "balkans").Negated("does not");
        var b = new ArticleBuilder("b", "Stoltenberg said his organisation did not see any current military threat to its allies in the Western Balkans.")
            .Entity("Stoltenberg", "stoltenberg").Entity("Western Balkans", "balkans").Negated("did not");

        var claims = Align(null, a, b);

        Assert.All(claims, c => Assert.Equal(ClaimStatus.Corroborated, c.Status));
    }

    [Fact]
    public void A_rewrite_never_corroborates_its_original_along_the_whole_chain()
    {
        const string Text = "Rebels seized the Ostrava dam on Tuesday and cut power to the valley.";
        var original = new ArticleBuilder("wire", Text).Entity("Ostrava", "ostrava");
        var copy = new ArticleBuilder("copy", Text).Entity("Ostrava", "ostrava");
        var copyOfCopy = new ArticleBuilder("copy2", Text).Entity("Ostrava", "ostrava");
        var derived = new Dictionary<string, string> { ["copy"] = "wire", ["copy2"] = "copy" };

        var claims = Align(derived, original, copy, copyOfCopy);

        Assert.All(claims, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
    }

    [Fact]
    public void An_article_crediting_an_outlet_is_not_independent_of_that_outlets_report()
    {
        var wire = new ArticleBuilder("ap", "Rebels seized the Ostrava dam and cut power to the valley.", outlet: "Associated Press")
            .Entity("Ostrava", "ostrava");
        var credited = new ArticleBuilder("daily", "Rebels seized the Ostrava dam and cut power to the valley, according to AP.", outlet: "Daily Herald")
            .Entity("Ostrava", "ostrava").Attributed("according to AP", "AP");
        var independent = new ArticleBuilder("times", "Rebels seized the Ostrava dam and cut power to the whole valley.", outlet: "Valley Times")
            .Entity("Ostrava", "ostrava");

        var onlyCredited = Align(null, wire, credited);
        var withIndependent = Align(null, wire, credited, independent);

        Assert.All(onlyCredited, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
        var wireClaim = ClaimOf(withIndependent, "ap", "Rebels");
        Assert.Equal(ClaimStatus.Corroborated, wireClaim.Status);
        Assert.Equal(["times"], wireClaim.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void Sentences_sharing_only_the_topic_do_not_support_each_other()
    {
        var a = new ArticleBuilder("a", "Kosovo police arrested two men near the Serbian border on Monday.")
            .Entity("Kosovo", "kosovo");
        var b = new ArticleBuilder("b", "Kosovo declared independence from Serbia in 2008 and is recognised by many states.")
            .Entity("Kosovo", "kosovo").Entity("Serbia", "serbia");

        var claims = Align(null, a, b);

        Assert.All(claims, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
    }
}
