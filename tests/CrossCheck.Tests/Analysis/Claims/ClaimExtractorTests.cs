using CrossCheck.Analysis.Claims;
using CrossCheck.Tests.Text;
using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Analysis.Claims;

public sealed class ClaimExtractorTests
{
    private static Claim Single(string text) => Assert.Single(ClaimsOf.Text(text));

    [Fact]
    public void Claims_are_numbered_per_article_and_point_into_the_text()
    {
        const string text = "Unrest in Kosovo\nTroops arrived on Monday. Police made arrests.";
        var claims = ClaimsOf.Text(text);
        Assert.Equal(new[] { "a#c1", "a#c2" }, claims.Select(c => c.Id));
        Assert.Equal(new[] { 1, 2 }, claims.Select(c => c.SentenceIndex));
        Assert.All(claims, c => Assert.Equal(text[c.Start..c.End], c.Text));
        Assert.Equal("Troops arrived on Monday.", claims[0].Text);
    }

    [Theory]
    [InlineData("NATO deployed more troops to the region, and Western countries urged Serbia to exercise restraint.",
        "NATO deployed more troops to the region", "Western countries urged Serbia to exercise restraint.")]
    [InlineData("Elections were held in spring, but the local Serbs did not vote.",
        "Elections were held in spring", "the local Serbs did not vote.")]
    [InlineData("The army entered the town; the police withdrew.", "The army entered the town", "the police withdrew.")]
    public void Independent_clauses_become_separate_claims(string text, string first, string second)
    {
        var claims = ClaimsOf.Text(text);
        Assert.Equal(new[] { first, second }, claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal(text[c.Start..c.End], c.Text));
        Assert.All(claims, c => Assert.Equal(0, c.SentenceIndex));
    }

    [Theory]
    [InlineData("The border is used for illegal activities, such as drug and weapons smuggling, and infiltration by ultranationalists.")]
    [InlineData("He accused the ultranationalists of infiltrating the region and warned it could lead to unrest.")]
    [InlineData("He said that Serbs and Albanians clashed in the north.")]
    [InlineData("He said the episodes were unacceptable and that those responsible must be brought to justice.")]
    [InlineData("“We are closely monitoring the situation and we will do what is necessary,” Stoltenberg said.")]
    [InlineData("Serbs, Albanians and Bosniaks live in the region.")]
    [InlineData("Three people died and a fisherman is missing.")]
    [InlineData("A ferry carrying 212 passengers and 14 crew ran aground.")]
    public void Lists_shared_subjects_and_quotations_stay_whole(string text) => Assert.Equal(text, Single(text).Text);

    [Theory]
    [InlineData("Rama urged NATO to enhance its presence in Kosovo, according to AP.", "AP")]
    [InlineData("According to police, three people were arrested.", "police")]
    [InlineData("Two soldiers were injured, according to the Associated Press.", "Associated Press")]
    [InlineData("Rates will rise, according to estimates by the bankers' association.", "estimates by the bankers' association")]
    [InlineData("Five ships sank, according to the Ministry of Defence.", "Ministry of Defence")]
    [InlineData("Rama said illegal activity was out of control at the frontier.", "Rama")]
    [InlineData("There is also a wider problem of ethnic tensions, Rama said.", "Rama")]
    [InlineData("“We are cautious,” said Stoltenberg.", "Stoltenberg")]
    [InlineData("The minister told reporters that the talks had failed.", "minister")]
    [InlineData("Reports say the talks had failed.", "Reports")]
    [InlineData("Jens Stoltenberg, who attended the meeting, emphasized that the Alliance sees no threat.", "Jens Stoltenberg")]
    [InlineData("The Serbian side denied any involvement in the incident.", "Serbian side")]
    [InlineData("The guard who opened the gate says the crowd pushed forward.", "guard")]
    [InlineData("A farmer that watched the crash told reporters the lorry skidded.", "farmer")]
    [InlineData("The tenants and the landlord ’ s lawyer said the lease had ended.", "landlord ’ s lawyer")]
    [InlineData("The mayor ' s office said the bridge would reopen.", "mayor ' s office")]
    [InlineData("Ana Ruiz, from the harbour office, said the crane had collapsed.", "Ana Ruiz")]
    [InlineData("Tomas Brel, 61, told reporters the mill had closed.", "Tomas Brel")]
    [InlineData("Ilse Varn, the director of Velm's water board, said the reservoir was full.", "Ilse Varn")]
    [InlineData("A harbour spokesman on Thursday said the crane had been repaired.", "harbour spokesman")]
    [InlineData("Lifeguards in Porthavel said the swimmer was pulled out alive.", "Lifeguards in Porthavel")]
    [InlineData("The northern branch of the Farmers' Union said prices would fall.", "northern branch of the Farmers' Union")]
    [InlineData("After the vote, a statement from the Office of Rail Safety said the line was unsafe.", "statement from the Office of Rail Safety")]
    [InlineData("Later in the week officials said the dam had held.", "officials")]
    [InlineData("On Tuesday morning investigators said the cable had snapped.", "investigators")]
    [InlineData("Speaking to reporters in Arlo city officials said the bridge was safe.", "Arlo city officials")]
    [InlineData("A monitoring station in Dunmere, Kelt, said the river had crested.", "monitoring station in Dunmere")]
    public void Attribution_names_the_credited_source(string text, string source) => Assert.Equal(source, Single(text).Attribution);

    [Fact]
    public void A_long_line_that_lost_its_full_stop_is_a_claim_and_a_headline_is_not()
    {
        const string text = "Ferry strike ends after two weeks of talks in Tarnby\n\n"
            + "Crews returned to the ferries at Tarnby on Monday after the union and the operator agreed a four percent rise, ending a strike that had cut the island off for two weeks\n"
            + "The operator said the first sailing left at six.";
        var claims = ClaimsOf.Text(text);
        Assert.Equal(2, claims.Count);
        Assert.StartsWith("Crews returned to the ferries at Tarnby", claims[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_set_against_each_other_make_two_claims_each_with_its_own_source()
    {
        var claims = ClaimsOf.Text("The port authority said the ship carried 40 containers, but the shipping agency in Varrow, Teslin, said it carried 64.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("port authority", claims[0].Attribution);
        Assert.StartsWith("the shipping agency in Varrow, Teslin, said", claims[1].Text, StringComparison.Ordinal);
        Assert.Equal("shipping agency in Varrow", claims[1].Attribution);
    }

    [Fact]
    public void An_apposition_naming_the_subject_is_not_a_place()
    {
        var claim = Single("The region's chief engineer, Mara Voss, said the tunnel was sound.");
        Assert.Equal("Mara Voss", claim.Attribution);
    }

    [Fact]
    public void A_pronoun_source_takes_the_last_named_speaker()
    {
        var claims = ClaimsOf.Text("Stoltenberg announced a new mission. The next day he said the violence was unacceptable.");
        Assert.Equal(new[] { "Stoltenberg", "Stoltenberg" }, claims.Select(c => c.Attribution));
    }

    [Theory]
    [InlineData("These activities, it is said, include arms smuggling.")]
    [InlineData("Russia may attempt to incite unrest.")]
    [InlineData("Such activities could cause major unrest.")]
    [InlineData("The suspect reportedly fled to Serbia.")]
    [InlineData("The group allegedly smuggled weapons.")]
    [InlineData("The attacker is believed to be a local man.")]
    [InlineData("The talks appear to have failed.")]
    [InlineData("Unconfirmed reports put the toll at ten.")]
    [InlineData("It would appear the pump failed before dawn.")]
    [InlineData("It seems the ferry left without its cargo.")]
    [InlineData("The estate was sold for a reported $12 million.")]
    [InlineData("A rifle thought to be the one used in the raid was found in the lake.")]
    public void Hedges_are_marked(string text)
    {
        var claim = Single(text);
        Assert.True(claim.Hedged);
        Assert.Null(claim.Attribution);
    }

    [Theory]
    [InlineData("The Alliance does not perceive any military threat.")]
    [InlineData("Serbia has never recognised Kosovo.")]
    [InlineData("No one was injured.")]
    [InlineData("The Serbian side denied any involvement.")]
    [InlineData("Serbia refused to recognise the declaration.")]
    [InlineData("The local Serbs didn’t vote.")]
    [InlineData("The harbour master dismissed fears that the pier would collapse.")]
    [InlineData("Investigators ruled out arson.")]
    [InlineData("The ministry refuted reports of looting in the capital.")]
    public void Negations_are_marked(string text) => Assert.True(Single(text).Negated);

    [Theory]
    [InlineData("NATO deployed more troops to the region.")]
    [InlineData("Not only troops but also police were sent.")]
    [InlineData("Both countries have been cautioned that refusing to compromise jeopardises their chances.")]
    [InlineData("It appeared on the list of approved suppliers in March.")]
    [InlineData("The mill dismissed two workers after the audit.")]
    [InlineData("The judge dismissed the case against the driver.")]
    [InlineData("The council will rule on the permit in May.")]
    [InlineData("The council reported a surplus of $4 million.")]
    [InlineData("The mill was sold for an estimated $12 million.")]
    public void Plain_statements_are_neither_hedged_nor_negated(string text)
    {
        var claim = Single(text);
        Assert.False(claim.Negated);
        Assert.False(claim.Hedged);
    }

    [Fact]
    public void Headings_and_fragments_make_no_claims()
    {
        var claims = ClaimsOf.Text("Unrest in Kosovo\n\nRama speaks in Skopje. EPA-EFE/GEORGI LICOVSKI\n\nStoltenberg's trip to the Balkans");
        Assert.Equal("Rama speaks in Skopje.", Assert.Single(claims).Text);
    }

    [Fact]
    public void Seed_articles_give_expected_claims()
    {
        var first = SeedFiles.Read("000_57c4b5575b821834.txt");
        var claims = ClaimExtractor.Extract("s0", first, SentenceSplitter.Split(first));
        Assert.Contains(claims, c => c.Text.StartsWith("Albanian Prime Minister Edi Rama urged NATO", StringComparison.Ordinal) && c.Attribution == "AP");
        Assert.Contains(claims, c => c.Text == "NATO deployed more troops to the region");
        Assert.Contains(claims, c => c.Text.StartsWith("Additionally, he stated that Serbia's border", StringComparison.Ordinal) && c.Attribution == "Rama");
        Assert.Contains(claims, c => c.Text.StartsWith("The Serbian side denied", StringComparison.Ordinal) && c.Negated);
        Assert.DoesNotContain(claims, c => c.Text == "Unrest in Kosovo");

        var second = SeedFiles.Read("001_8d5808cc9365c334.txt");
        var secondClaims = ClaimExtractor.Extract("s1", second, SentenceSplitter.Split(second));
        Assert.Contains(secondClaims, c => c.Text.StartsWith("These activities, it is said", StringComparison.Ordinal) && c.Hedged && c.Attribution is null);
        Assert.Contains(secondClaims, c => c.Text.StartsWith("The next day in Belgrade he said", StringComparison.Ordinal) && c.Attribution == "Stoltenberg");
        Assert.All(claims.Concat(secondClaims), c => Assert.False(string.IsNullOrWhiteSpace(c.Text)));
    }

    [Property(MaxTest = 200)]
    public Property Claims_have_exact_offsets_inside_their_sentence() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var claims = ClaimExtractor.Extract("p", text, sentences);
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var sentence = sentences[claim.SentenceIndex];
                Assert.Equal($"p#c{i + 1}", claim.Id);
                Assert.Equal(text[claim.Start..claim.End], claim.Text);
                Assert.InRange(claim.Start, sentence.Start, sentence.End);
                Assert.InRange(claim.End, claim.Start + 1, sentence.End);
                Assert.False(sentence.IsHeadingOrFragment);
            }
        });

    [Fact]
    public void Sentences_with_offsets_outside_the_text_are_skipped()
    {
        var claims = ClaimExtractor.Extract("x", "Short.", [new Sentence(0, 0, 50, "Short.", 0)]);
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("The dam held for a day, and most of the villagers left before dawn.", "most of the villagers left before dawn.")]
    [InlineData("Prices rose again, and the dispute between the growers and the buyers shows no sign of ending.", "the dispute between the growers and the buyers shows no sign of ending.")]
    public void A_clause_whose_subject_carries_prepositional_phrases_is_split_off(string text, string secondClause)
    {
        var claims = ClaimsOf.Text(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(secondClause, claims[1].Text);
    }
}
