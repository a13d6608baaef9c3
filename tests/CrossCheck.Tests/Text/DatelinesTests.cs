using CrossCheck.Pipeline;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text;

/// <summary>A wire report's lead sentence is embedded without its dateline, which says where and through whom the
/// report was filed, not what it states (decision 396). Made-up reports in other domains than the one that showed
/// the problem.</summary>
public sealed class DatelinesTests
{
    private const string Lead = "Thirty-one miners were brought to the surface on Friday after a roof fall at the Kellby colliery, the operator said.";

    [Fact]
    public void The_text_embedded_for_a_lead_sentence_leaves_out_its_dateline()
    {
        var article = new Article("wire", "wire", string.Empty, "KELLBY, Norland (Ostmark Wire) — " + Lead + " Rescue teams worked through the night.", Outlet: "Ostmark Wire");

        var texts = ArticleAnalyser.ClaimTexts(article);

        Assert.StartsWith("Thirty-one miners", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_sentence_with_a_dateline_is_embedded_as_the_same_sentence_without_one()
    {
        var wire = ArticleAnalyser.Analyse(new Article("a", "a", string.Empty, "KELLBY, Norland, March 4 (Ostmark Wire) — " + Lead, Outlet: "Ostmark Wire"), SentenceEmbedder.Shared);
        var paper = ArticleAnalyser.Analyse(new Article("b", "b", string.Empty, Lead, Outlet: "Kellby Post"), SentenceEmbedder.Shared);

        Assert.StartsWith("KELLBY", wire.Claims[0].Text, StringComparison.Ordinal);
        Assert.Equal(1.0, SentenceEmbedder.Cosine(wire.ClaimVectors[0], paper.ClaimVectors[0]), 4);
    }

    [Theory]
    [InlineData("NATO said on Tuesday that the exercise would go ahead.")]
    [InlineData("The harbour reopened on Monday — two days early.")]
    public void A_sentence_with_no_dateline_is_embedded_as_it_is(string sentence) =>
        Assert.Equal(sentence, Datelines.ForEmbedding(sentence));
}
