using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

/// <summary>Decision 410: a contrast after a comma, a bare "but" and a clause that opens with a fronted adverbial
/// clause make claims of their own; a sentence-final "the X said" covers every clause.</summary>
public sealed class ClauseSplitterTests
{
    [Theory]
    [InlineData("Exports of wheat rose by a fifth last year, whereas imports of rice fell sharply.",
        "Exports of wheat rose by a fifth last year", "imports of rice fell sharply.")]
    [InlineData("The harbour reopened on Monday, although the northern quay is still closed.",
        "The harbour reopened on Monday", "the northern quay is still closed.")]
    [InlineData("The museum lost two paintings, even though the alarm was working.",
        "The museum lost two paintings", "the alarm was working.")]
    [InlineData("The choir sang the first half, while a 12-year-old pianist played the encore.",
        "The choir sang the first half", "a 12-year-old pianist played the encore.")]
    [InlineData("The lorry driver escaped with bruises, while a 40 - year - old cyclist was taken to hospital.",
        "The lorry driver escaped with bruises", "a 40 - year - old cyclist was taken to hospital.")]
    [InlineData("The climbers reached the ridge but the storm turned them back.",
        "The climbers reached the ridge", "the storm turned them back.")]
    [InlineData("The dam held, and because the sluice gates were opened early, the town stayed dry.",
        "The dam held", "because the sluice gates were opened early, the town stayed dry.")]
    public void A_second_statement_after_a_contrast_or_a_fronted_clause_is_a_claim_of_its_own(string text, string first, string second)
    {
        var claims = ClaimsOf.Text(text);

        Assert.Equal(new[] { first, second }, claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal(text[c.Start..c.End], c.Text));
    }

    [Theory]
    [InlineData("The union says the mill has not raised wages since 2020, while rents rose by a third.")]
    [InlineData("The bridge stayed open, while being inspected by engineers.")]
    [InlineData("The keeper saved the penalty but conceded twice in the second half.")]
    [InlineData("The pianist, though tired, played the whole programme.")]
    public void A_contrast_inside_a_report_or_without_its_own_subject_stays_whole(string text)
    {
        var claim = Assert.Single(ClaimsOf.Text(text));
        Assert.Equal(text, claim.Text);
    }

    [Theory]
    [InlineData("Exports of wheat rose by a fifth last year, whereas imports of rice fell sharply, the ministry said.", "ministry")]
    [InlineData("The ferry left on time, and the crossing took two hours, the harbour office said.", "harbour office")]
    public void A_sentence_final_source_with_an_article_covers_every_clause(string text, string source)
    {
        var claims = ClaimsOf.Text(text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(source, c.Attribution));
    }
}
