using System.CommandLine;
using CrossCheck.Catalog;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Web;
using Microsoft.Extensions.Hosting;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck serve</c>: the web application and HTTP API.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories to load at start (same formats as analyze)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key required in the X-Api-Key header by write endpoints (default: $CROSSCHECK_API_KEY; none: writes refused)",
        };
        var readsNeedKey = new Option<bool>("--reads-need-key") { Description = "Require the API key for API reads too" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching URLs on loopback and private networks" };
        var db = new Option<string?>("--db")
        {
            Description = "Store: a SQLite file (default crosscheck.db) or PostgreSQL (postgres://user:pass@host/db or a connection string)",
        };
        var memory = new Option<bool>("--in-memory") { Description = "Keep everything in memory (nothing is stored)" };

        var command = new Command("serve", """
            Run the CrossCheck web application and HTTP API (OpenAPI at /openapi/v1.json).

            Examples:
              crosscheck serve                                   # the stories in ./crosscheck.db
              crosscheck serve samples/corpus --in-memory
              crosscheck serve --db postgres://cc:secret@db/news --urls http://0.0.0.0:8080 --api-key "$KEY"
            """)
        {
            inputs,
            urls,
            apiKey,
            readsNeedKey,
            allowPrivate,
            db,
            memory,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new WebOptions
            {
                Urls = parse.GetValue(urls)!,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("CROSSCHECK_API_KEY"),
                ReadsRequireKey = parse.GetValue(readsNeedKey),
                AllowPrivateAddresses = parse.GetValue(allowPrivate),
            };
            var inMemory = parse.GetValue(memory);
            await using var store = inMemory ? null : await StoreOpener.OpenAsync(context, parse.GetValue(db) ?? SqliteArticleStore.DefaultFileName);
            if (!inMemory && store is null)
            {
                return ExitCodes.UsageError;
            }

            IStoryCatalog catalog = store is null
                ? new InMemoryStoryCatalog(context.Time, new PipelineStoryAnalyser(context.Encoder))
                : new StoredStoryCatalog(store, context.Time, new PipelineStoryAnalyser(context.EncoderFor(store)));
            var loaded = DocumentLoader.Load(parse.GetValue(inputs) ?? []);
            foreach (var error in loaded.Errors)
            {
                await context.Error.WriteLineAsync($"crosscheck: {error}");
            }

            var outcome = await catalog.AddAsync(loaded.Documents, ct);
            foreach (var error in outcome.Errors)
            {
                await context.Error.WriteLineAsync($"crosscheck: {error}");
            }

            await using var app = CrossCheckWebApp.Create(options, catalog, context.Time);
            var stories = await catalog.ListStoriesAsync(null, ct);
            await context.Out.WriteLineAsync($"crosscheck: serving {stories.Count} stories ({outcome.Added} reports added now) on {options.Urls} (Ctrl+C to stop)");
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
