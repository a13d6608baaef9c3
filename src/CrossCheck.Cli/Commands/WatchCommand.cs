using System.CommandLine;
using System.Globalization;
using CrossCheck.Cli.Progress;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Feeds;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Readers;
using CrossCheck.Ingest.Web;
using CrossCheck.Intake;
using CrossCheck.Storage;
using CrossCheck.Text.Dates;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck watch</c>: poll feeds on an interval and store only new items.</summary>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("feeds")
        {
            Description = "Feed URLs (RSS, Atom, RDF) and OPML files listing feeds",
            Arity = ArgumentArity.OneOrMore,
        };
        var interval = new Option<string>("--interval")
        {
            Description = "Time between polls: 90s, 10m, 1h",
            DefaultValueFactory = _ => "10m",
        };
        var once = new Option<bool>("--once") { Description = "Poll once and exit (for cron jobs)" };
        var db = DbOption.Create(required: true);
        var allowPrivate = FetchOptionsFactory.AllowPrivateOption();
        var command = new Command("watch", """
            Poll feeds and add only the items not seen before. Conditional requests (ETag, Last-Modified)
            keep polls cheap; feed state lives in the store, so a restarted watch carries on. Stop with Ctrl+C.

            Examples:
              crosscheck watch https://news.example/rss.xml --interval 10m
              crosscheck watch subscriptions.opml --db newsroom.db --once
            """)
        {
            inputs,
            interval,
            once,
            db,
            allowPrivate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context, parse.GetValue(inputs) ?? [], parse.GetValue(interval)!, parse.GetValue(once), parse.GetValue(db)!, parse.GetValue(allowPrivate), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string[] inputs, string intervalText, bool once, string dbPath, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (RelativeTime.TryParseSpan(intervalText) is not { } interval)
        {
            context.Error.WriteLine($"crosscheck: --interval '{intervalText}': expected a span like 90s, 10m or 1h");
            return ExitCodes.UsageError;
        }

        var feeds = FeedUrls(context, inputs);
        if (feeds.Count == 0)
        {
            context.Error.WriteLine("crosscheck: no feeds to watch");
            return ExitCodes.UsageError;
        }

        await using var store = await StoreOpener.OpenAsync(context, dbPath).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        using var fetcher = new WebFetcher(FetchOptionsFactory.Create(allowPrivate), context.Time);
        var watcher = new FeedWatcher(store, fetcher, new WebIngestSource(fetcher, IngestOptions.Default), new ArticleIngestor(store, context.Time, context.EncoderFor(store)), context.Time);
        void OnEvent(IngestEvent e)
        {
            if (e.Failed)
            {
                context.Error.WriteLine($"crosscheck: {e.Source}: {e.Error}");
            }
        }

        var started = context.Time.GetTimestamp();
        if (once)
        {
            var summary = await watcher.PollOnceAsync(feeds, OnEvent, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"crosscheck: {IngestTally.Summary(summary, context.Time.GetElapsedTime(started))}");
            return ExitCodes.Success;
        }

        var total = IngestSummary.Empty;
        await watcher.RunAsync(feeds, interval, summary =>
        {
            total = total.Plus(summary);
            var at = context.Time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            context.Out.WriteLine($"crosscheck: poll at {at}: added {summary.Added}, revised {summary.Revised}, failed {summary.Failed}");
        }, OnEvent, cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine($"crosscheck: stopped; {IngestTally.Summary(total, context.Time.GetElapsedTime(started))}");
        return ExitCodes.Success;
    }

    /// <summary>Feed URLs as given, plus those listed in OPML files; anything else is one error line.</summary>
    private static List<string> FeedUrls(CliContext context, string[] inputs)
    {
        var feeds = new List<string>();
        foreach (var input in inputs)
        {
            if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                feeds.Add(input);
                continue;
            }

            var (text, error) = InputFile.ReadText(input, IngestOptions.Default.MaxRecordBytes, sniffMarkup: true);
            var (listed, opmlError) = text is null ? (null, error) : OpmlParser.Parse(text);
            if (listed is null)
            {
                context.Error.WriteLine($"crosscheck: {input}: {(text is null ? error : "not a feed URL or an OPML list (" + opmlError + ")")}");
                continue;
            }

            feeds.AddRange(listed.Select(f => f.XmlUrl));
        }

        return [.. feeds.Distinct(StringComparer.Ordinal)];
    }
}
