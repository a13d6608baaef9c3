using System.Net;
using CrossCheck.Evaluation;
using NJsonSchema;

namespace CrossCheck.Tests.Evaluation;

/// <summary>The real-text gold (samples/gold-real, ECB+ story sets) and the opened fictional gold annotated the
/// same way (samples/gold-opened): it follows the schema, scores only the sections it annotates, and every claim
/// fragment occurs in its article.</summary>
public sealed class RealGoldTests
{
    [Fact]
    public async Task Every_real_gold_file_follows_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(SamplePaths.RepoRoot, "docs", "schema", "gold.v1.schema.json"));
        var files = GoldReader.FindGoldFiles([SamplePaths.RealGoldDirectory, SamplePaths.OpenedGoldDirectory]);

        Assert.True(files.Count >= 11, $"only {files.Count} real and opened gold files");
        foreach (var file in files)
        {
            var errors = schema.Validate(await File.ReadAllTextAsync(file));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => e.ToString()))}");
        }
    }

    [Fact]
    public void Real_gold_scores_stories_claims_and_rewrites_and_annotates_nothing_else()
    {
        foreach (var gold in SamplePaths.AllRealGold().Select(f => f.Gold))
        {
            Assert.Equal([EvaluationSections.Stories, EvaluationSections.Claims, EvaluationSections.Rewrites], gold.Scored);
            Assert.InRange(gold.Articles.Count, 4, 7);
            Assert.True(gold.Claims.Count >= 8, $"{gold.Story}: {gold.Claims.Count} claims");
            Assert.Empty(gold.Dates);
            Assert.Empty(gold.Quantities);
            Assert.Empty(gold.Quotes);
            Assert.Empty(gold.Entities);
            Assert.Empty(gold.PublicationDates);
            Assert.DoesNotContain(gold.Claims, c => c.Status == "partial");
        }
    }

    /// <summary>The article text without its front-matter block: a title that repeats the first sentence (ECB+
    /// documents without a headline) is metadata, not a second place the claim could come from.</summary>
    private static string Body(string file)
    {
        if (!file.StartsWith("---", StringComparison.Ordinal))
        {
            return file;
        }

        var end = file.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? file : file[(end + 4)..];
    }

    [Fact]
    public void Every_claim_fragment_occurs_once_in_its_article()
    {
        foreach (var file in SamplePaths.AllRealGold())
        {
            var texts = file.InputPaths.ToDictionary(
                p => Path.GetFileNameWithoutExtension(p),
                p => TextMatch.Normalize(WebUtility.HtmlDecode(Body(File.ReadAllText(p)))),
                StringComparer.Ordinal);
            Assert.Equal(file.Gold.Articles.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
            foreach (var claim in file.Gold.Claims)
            {
                var text = texts[claim.Article];
                var fragment = TextMatch.Normalize(claim.Fragment);
                var first = text.IndexOf(fragment, StringComparison.Ordinal);
                Assert.True(first >= 0, $"{file.Gold.Story}: \"{claim.Fragment}\" is not in {claim.Article}");
                Assert.True(text.IndexOf(fragment, first + 1, StringComparison.Ordinal) < 0, $"{file.Gold.Story}: \"{claim.Fragment}\" occurs twice in {claim.Article}");
            }
        }
    }

    [Fact]
    public void A_rewrite_is_never_cited_for_or_against_the_article_it_derives_from()
    {
        foreach (var gold in SamplePaths.AllRealGold().Select(f => f.Gold))
        {
            var derivedFrom = gold.Rewrites.ToDictionary(r => r.Article, r => r.DerivedFrom, StringComparer.Ordinal);
            string Origin(string article) => derivedFrom.GetValueOrDefault(article, article);
            foreach (var claim in gold.Claims)
            {
                Assert.DoesNotContain(claim.SupportedBy.Concat(claim.ContradictedBy), a => Origin(a) == Origin(claim.Article));
            }
        }
    }
}
