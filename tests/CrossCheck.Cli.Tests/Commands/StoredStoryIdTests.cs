using System.Text.Json;
using CrossCheck.Catalog;
using CrossCheck.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Cli.Tests.Commands;

/// <summary><c>analyze --db</c> and the web catalog group a store the same way, so a story keeps one id.</summary>
public sealed class StoredStoryIdTests : IDisposable
{
    private const string Dam = "The Lentmoor dam on the Vela river held on Tuesday after three days of record rain, the Ostrevia water board said. "
        + "Engineer Mira Caldane said the spillway carried 410 cubic metres a second at its peak. About 2,300 residents of Lentmoor were moved to schools.";

    private const string Ferry = "Ferry crews in Varnholt walked out on Monday in a dispute over pay, halting crossings to the Skerra islands. "
        + "The Varnholt Seafarers Union said 180 deckhands joined the strike after talks with the Tidewater Line failed.";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => _files.PathOf("store.db");

    [Fact]
    public async Task Analyze_over_the_store_gives_the_ids_of_the_web_catalog_run_after_run()
    {
        // Stored order (document id) differs from publication order within the dam story.
        _files.Write("in/a-dam.txt", Article("2026-11-20", "Vela Courier", "Lentmoor dam holds", "Residents wait. " + Dam));
        _files.Write("in/b-ferry.txt", Article("2026-11-16", "Coast Post", "Varnholt ferry strike", Ferry));
        _files.Write("in/c-dam.txt", Article("2026-11-18", "Harbor Wire", "Dam in Lentmoor holds", "Update. " + Dam));
        Assert.Equal(0, CliRunner.Run("add", _files.PathOf("in"), "--db", Db).ExitCode);

        var first = StoryIds(CliRunner.Run("analyze", "--db", Db, "--format", "json").Output);
        var second = StoryIds(CliRunner.Run("analyze", "--db", Db, "--format", "json").Output);

        var time = new FakeTimeProvider(CliRunner.Now);
        await using var store = await SqliteArticleStore.OpenAsync(Db, time);
        var catalog = new StoredStoryCatalog(store, time);
        var web = new List<(string, string)>();
        foreach (var summary in await catalog.ListStoriesAsync(null, CancellationToken.None))
        {
            var dossier = await catalog.GetStoryAsync(summary.Id, CancellationToken.None);
            web.Add((summary.Id, string.Join(',', dossier!.Stories[0].ArticleIds.Order(StringComparer.Ordinal))));
        }

        Assert.Equal(2, first.Count);
        Assert.Contains(first, s => s.Articles == "a-dam,c-dam");
        Assert.Equal(first, second);
        Assert.Equal(first, web.Order().ToList());
        Assert.Equal(first.Single(s => s.Articles == "a-dam,c-dam").Id, StoreProbe.Text(Db, "SELECT story_id FROM articles WHERE document_id = 'c-dam'"));
    }

    [Fact]
    public void A_run_over_part_of_the_store_does_not_overwrite_the_recorded_stories()
    {
        _files.Write("in/a.txt", Article("2026-11-22", "Vela Courier", "Lentmoor dam holds", Dam));
        _files.Write("in/b.txt", Article("2026-10-01", "Coast Post", "Varnholt ferry strike", Ferry));
        Assert.Equal(0, CliRunner.Run("add", _files.PathOf("in"), "--db", Db).ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", "--db", Db, "--format", "json").ExitCode);
        var recorded = StoreProbe.Text(Db, "SELECT group_concat(x) FROM (SELECT document_id || '=' || story_id AS x FROM articles ORDER BY document_id)");

        Assert.Equal(0, CliRunner.Run("analyze", "--db", Db, "--since", "2d", "--format", "json").ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", "--db", Db, _files.Write("extra.txt", Article("2026-11-22", "Ridge Gazette", "Dam", Dam)), "--format", "json").ExitCode);

        Assert.Equal(recorded, StoreProbe.Text(Db, "SELECT group_concat(x) FROM (SELECT document_id || '=' || story_id AS x FROM articles ORDER BY document_id)"));
    }

    private static string Article(string published, string outlet, string title, string text) =>
        $"---\npublished: {published}\noutlet: {outlet}\ntitle: {title}\n---\n{text}";

    private static List<(string Id, string Articles)> StoryIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString()!, string.Join(',', s.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal))))
            .Order()
            .ToList();
    }
}
