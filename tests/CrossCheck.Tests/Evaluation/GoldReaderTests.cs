using System.Net;
using CrossCheck.Evaluation;
using NJsonSchema;

namespace CrossCheck.Tests.Evaluation;

public sealed class GoldReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Every_sample_gold_file_follows_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(SamplePaths.RepoRoot, "docs", "schema", "gold.v1.schema.json"));
        var files = GoldReader.FindGoldFiles([SamplePaths.GoldDirectory]);

        Assert.True(files.Count >= 7, $"only {files.Count} gold files");
        foreach (var file in files)
        {
            var errors = schema.Validate(await File.ReadAllTextAsync(file));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => e.ToString()))}");
        }
    }

    [Fact]
    public void Sample_gold_covers_six_fictional_stories_and_the_seeds()
    {
        var golds = SamplePaths.AllGold();

        Assert.Equal(7, golds.Count);
        Assert.Contains(golds, g => g.Gold.Story == "seeds");
        Assert.All(golds, g => Assert.InRange(g.Gold.Articles.Count, 2, 5));
        Assert.True(golds.Count(g => g.Gold.Story != "seeds" && g.Gold.Articles.Count >= 3) >= 6);
    }

    [Fact]
    public void Every_input_named_by_the_sample_gold_exists_and_every_annotation_occurs_in_it()
    {
        foreach (var file in SamplePaths.AllGold())
        {
            var inputs = string.Join("\n", file.InputPaths.Select(p => TextMatch.Normalize(WebUtility.HtmlDecode(File.ReadAllText(p)))));
            var gold = file.Gold;
            var texts = gold.Claims.Select(c => c.Fragment)
                .Concat(gold.Quotes.Select(q => q.Text))
                .Concat(gold.Dates.Select(d => d.Text))
                .Concat(gold.Quantities.Select(q => q.Text));
            foreach (var text in texts)
            {
                Assert.True(inputs.Contains(TextMatch.Normalize(text), StringComparison.Ordinal), $"{gold.Story}: \"{text}\" is in no input");
            }
        }
    }

    [Fact]
    public void Seeds_gold_reads_the_seeds_beside_the_repository()
    {
        var seeds = SamplePaths.AllGold().Single(g => g.Gold.Story == "seeds");

        Assert.All(seeds.InputPaths, p => Assert.True(File.Exists(p), p));
        Assert.Contains(seeds.Gold.Dates, d => d.Text == "The next day" && d.Value == "2023-11-21");
        Assert.Contains(seeds.Gold.Quotes, q => q.Text == "major unrest" && q.SameAs.Contains("s1-3"));
    }

    [Fact]
    public void Seeds_gold_holds_what_the_issue_asks_of_the_seeds()
    {
        var gold = SamplePaths.AllGold().Single(g => g.Gold.Story == "seeds").Gold;

        Assert.Contains(gold.Dates, d => d.Text == "November 20" && d.Value == "2023-11-20");
        Assert.Equal(["story", "text"], gold.PublicationDates.OrderBy(p => p.Article, StringComparer.Ordinal).Select(p => p.From));
        Assert.All(gold.PublicationDates, p => Assert.Equal("2023-11-22", p.Date));
        var singleSource = gold.Claims.Where(c => c.Status == "single-source").Select(c => c.Fragment).ToList();
        foreach (var figure in new[] { "50,000 ethnic Serbs", "one hundred Alliance casualties", "4,500", "30 armed men" })
        {
            Assert.Contains(singleSource, f => f.Contains(figure, StringComparison.Ordinal));
        }

        Assert.Equal(["armed men", "casualties", "ethnic Serbs", "troops"], gold.Quantities.Select(q => q.Counts!).Order(StringComparer.Ordinal));
        Assert.True(gold.Claims.Count(c => c.Status == "corroborated") >= 6);
        Assert.Contains(gold.Quotes, q => q.Text == "great disturbances" && q.Speaker == "Edi Rama");
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        var path = Write("bad.json", "{ \"story\": ");

        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Read(path));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith("not a gold file: malformed JSON", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_not_listed_is_reported()
    {
        var path = Write("story.json", Gold("""[{ "article": "zzz", "fragment": "x", "status": "corroborated", "supportedBy": [], "contradictedBy": [] }]"""));

        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Read(path));

        Assert.Contains("\"zzz\"", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_is_reported()
    {
        var path = Write("story.json", Gold("""[{ "article": "a", "fragment": "x", "status": "true", "supportedBy": [], "contradictedBy": [] }]"""));

        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Read(path));

        Assert.Contains("status", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_may_annotate_only_its_claims()
    {
        var path = Write("claims-only.json", """
            {
              "schemaVersion": "1.0", "story": "s", "inputs": ["../corpus/a.md"], "articles": ["a"],
              "claims": [{ "article": "a", "fragment": "x", "status": "single-source", "supportedBy": [], "contradictedBy": [] }]
            }
            """);

        var gold = GoldReader.Read(path).Gold;

        Assert.Single(gold.Claims);
        Assert.Empty(gold.Quotes);
        Assert.Empty(gold.PublicationDates);
        Assert.Empty(gold.Quantities);
    }

    [Fact]
    public void The_scored_sections_are_read_and_absent_means_every_section()
    {
        var listed = Write("scored.json", """
            {
              "schemaVersion": "1.0", "story": "s", "inputs": ["../corpus/a.md"], "articles": ["a"],
              "scored": ["stories", "claims", "rewrites"]
            }
            """);
        var absent = Write("story.json", Gold("[]"));

        var gold = GoldReader.Read(listed).Gold;

        Assert.Equal(["stories", "claims", "rewrites"], gold.Scored);
        Assert.False(gold.Scores(EvaluationSections.Dates));
        Assert.Null(GoldReader.Read(absent).Gold.Scored);
    }

    [Fact]
    public void An_unknown_scored_section_is_reported()
    {
        var path = Write("story.json", """
            { "schemaVersion": "1.0", "story": "s", "inputs": ["../corpus/a.md"], "articles": ["a"], "scored": ["claim"] }
            """);

        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Read(path));

        Assert.Contains("unknown section \"claim\"", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_resolve_relative_to_the_gold_file_and_other_json_in_a_directory_is_skipped()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "gold")).FullName;
        File.WriteAllText(Path.Combine(sub, "story.json"), Gold("[]"));
        File.WriteAllText(Path.Combine(sub, "floors.json"), """{ "floors": { "claims": 0.5 } }""");

        var files = GoldReader.FindGoldFiles([sub]);
        var gold = GoldReader.Read(Assert.Single(files));

        Assert.Equal(Path.GetFullPath(Path.Combine(_dir, "corpus", "a.md")), Assert.Single(gold.InputPaths));
        Assert.Equal(["a"], gold.Gold.Articles);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Gold(string claims) => $$"""
        {
          "schemaVersion": "1.0", "story": "s", "inputs": ["../corpus/a.md"], "articles": ["a"],
          "publicationDates": [], "rewrites": [], "entities": [], "speakers": [], "quotes": [],
          "claims": {{claims}}, "dates": [], "quantities": []
        }
        """;
}
