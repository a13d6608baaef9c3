using CrossCheck.Dossiers.Rendering;

namespace CrossCheck.Tests.Dossiers;

public sealed class RendererTests
{
    private const string Hostile = "<script>alert(1)</script> | **bold** [link](javascript:x) \"quoted\" & more";

    [Fact]
    public void Markdown_matches_the_expected_rendering()
    {
        Golden.AssertMatches(MarkdownDossierRenderer.Render(SampleDossier.Create()), "tests", "CrossCheck.Tests", "Dossiers", "Expected", "sample-dossier.md");
    }

    [Fact]
    public void Html_matches_the_expected_rendering()
    {
        Golden.AssertMatches(HtmlDossierRenderer.Render(SampleDossier.Create()), "tests", "CrossCheck.Tests", "Dossiers", "Expected", "sample-dossier.html");
    }

    [Fact]
    public void Html_encodes_article_text()
    {
        var html = HtmlDossierRenderer.Render(SampleDossier.Create(Hostile));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained()
    {
        var html = HtmlDossierRenderer.Render(SampleDossier.Create());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_escapes_markup_in_article_text()
    {
        var md = MarkdownDossierRenderer.Render(SampleDossier.Create(Hostile));

        Assert.Contains(@"\<script\>alert(1)\</script\> \| \*\*bold\*\* \[link\](javascript:x)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_wording_difference_is_shown_in_both_formats()
    {
        var md = MarkdownDossierRenderer.Render(SampleDossier.Create());
        var html = HtmlDossierRenderer.Render(SampleDossier.Create());

        Assert.Contains("~~behind us~~ **over**", md, StringComparison.Ordinal);
        Assert.Contains("<del>behind us</del> <ins>over</ins>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_of_each_verdict_is_shown_and_encoded_in_both_formats()
    {
        var md = MarkdownDossierRenderer.Render(SampleDossier.Create());
        var html = HtmlDossierRenderer.Render(SampleDossier.Create());

        Assert.Contains("| Why |", md, StringComparison.Ordinal);
        Assert.Contains("Only Valley Daily reports this (hedged).", md, StringComparison.Ordinal);
        Assert.Contains(@"Valley Daily says “Some 2,000 residents left” \<b\>&amp;\</b\>.", md, StringComparison.Ordinal);
        Assert.Contains("<div class=\"reason\">Only Valley Daily reports this (hedged).</div>", html, StringComparison.Ordinal);
        Assert.Contains("Valley Daily says “Some 2,000 residents left” &lt;b&gt;&amp;amp;&lt;/b&gt;.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&amp;</b>", html, StringComparison.Ordinal);
    }
}
