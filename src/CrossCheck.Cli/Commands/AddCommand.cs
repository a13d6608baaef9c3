using System.CommandLine;
using CrossCheck.Cli.Progress;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Web;
using CrossCheck.Intake;
using CrossCheck.Storage;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck add</c>: read inputs, extract each article and keep it in the store.</summary>
internal static class AddCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (.txt/.md, .html, .jsonl, .warc/.warc.gz, feeds; read recursively), page or feed URLs, OPML lists",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption.Create(required: true);
        var allowPrivate = FetchOptionsFactory.AllowPrivateOption();
        var command = new Command("add", """
            Add articles to the store. Re-adding an article is a no-op; a changed article under the same URL
            is kept as a new revision. Each article is committed on its own, so an interrupted run loses
            nothing already added and can simply be run again.

            Examples:
              crosscheck add reports/
              crosscheck add dump.jsonl page.html crawl.warc.gz --db newsroom.db
              crosscheck add https://news.example/story subscriptions.opml feed.xml
            """)
        {
            inputs,
            db,
            allowPrivate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(inputs) ?? [], parse.GetValue(db)!, parse.GetValue(allowPrivate), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] inputs, string dbPath, bool allowPrivate, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(context, dbPath, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        using var fetcher = new WebFetcher(FetchOptionsFactory.Create(allowPrivate), context.Time);
        var router = new InputRouter(DocumentLoader.Standard, new WebIngestSource(fetcher, IngestOptions.Default), IngestOptions.Default);
        var ingestor = new ArticleIngestor(store, context.Time, context.EncoderFor(store));
        var started = context.Time.GetTimestamp();
        var summary = await IngestDisplays.For(context)
            .RunAsync(onEvent => ingestor.IngestAsync(router.ReadAsync(inputs), onEvent))
            .ConfigureAwait(false);
        context.Out.WriteLine($"crosscheck: {IngestTally.Summary(summary, context.Time.GetElapsedTime(started))}");
        return summary.Total > summary.Failed ? ExitCodes.Success : ExitCodes.NothingAnalysed;
    }
}
