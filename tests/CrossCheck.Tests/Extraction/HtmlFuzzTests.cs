using System.Diagnostics;
using System.Text;
using CrossCheck.Extraction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CrossCheck.Tests.Extraction.ExtractionFixtures;

namespace CrossCheck.Tests.Extraction;

/// <summary>Random and mutated HTML must never throw and must finish in bounded time.</summary>
public sealed class HtmlFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private static readonly string Page = Fixture("news-page.html");

    [Property(MaxTest = 200)]
    public void Random_text_never_throws(string? input) => AssertCompletes(input ?? string.Empty);

    [Property(MaxTest = 150)]
    public Property Mutated_news_page_never_throws() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            var mutated = Mutate(Page, new Random(seed));
            AssertCompletes(mutated);
        });

    [Property(MaxTest = 100)]
    public Property Random_tag_soup_never_throws() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed => AssertCompletes(TagSoup(new Random(seed))));

    [Fact]
    public void Very_deep_nesting_completes()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "deep text, with commas, that is long enough to score as a paragraph."
            + string.Concat(Enumerable.Repeat("</span></div>", 20_000)) + "</body></html>";

        var article = AssertCompletes(html);

        Assert.Equal("deep text, with commas, that is long enough to score as a paragraph.", article?.Text);
    }

    [Fact]
    public void Oversized_input_is_capped_and_still_extracted()
    {
        var paragraph = "<p>The committee heard evidence from eleven witnesses over two days, and its report is due in spring.</p>";
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 60_000)) + "</article></body></html>";

        var article = AssertCompletes(html, TimeSpan.FromSeconds(60));

        Assert.NotNull(article);
        Assert.StartsWith("The committee heard evidence", article.Text, StringComparison.Ordinal);
    }

    private static Article? AssertCompletes(string html, TimeSpan? budget = null)
    {
        var watch = Stopwatch.StartNew();
        var result = ArticleExtractor.Extract(Html(html), Clock());
        watch.Stop();
        Assert.True(watch.Elapsed < (budget ?? Budget), $"took {watch.Elapsed} for {html.Length} chars");
        Assert.True(result.Article is not null ^ result.Failure is not null);
        return result.Article;
    }

    private static string Mutate(string page, Random random)
    {
        var builder = new StringBuilder(page);
        var edits = random.Next(1, 40);
        for (var i = 0; i < edits && builder.Length > 1; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = (char)random.Next(0, 0xD7FF);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                default:
                    var length = Math.Min(random.Next(1, 500), builder.Length - at);
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string TagSoup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 400);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<script>", "</script>", "<table><tr><td>", "</td></tr></table>",
        "<!--", "-->", "<![CDATA[", "]]>", "<br>", "<meta property='article:published_time' content='2019-02-30T25:61:00+99:99'>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":[[[{}]]],", "<time datetime='9999-99-99'>",
        "The minister said, on Tuesday, that the plan would go ahead. ", "<h1>Head</h1>", "<li>", "&amp;", "&#x0;", "&#99999999;",
        "<svg><foreignObject><p>", "<select><option>", "<template>", "<plaintext>", "<html lang='\u0000'>", "\0", "<b><i></b></i>",
        "<div class='comments share ad article-body'>", "<title>", "</title>", "<link rel='canonical' href='http://[::1'>",
    ];
}
