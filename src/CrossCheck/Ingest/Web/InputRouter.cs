using System.Runtime.CompilerServices;
using CrossCheck.Ingest.Feeds;
using CrossCheck.Ingest.Readers;

namespace CrossCheck.Ingest.Web;

/// <summary>Sends each input where it belongs: URLs and OPML lists to the web source, feed files to the web source
/// (so teaser items get their pages), everything else to the <see cref="DocumentLoader"/>.</summary>
internal sealed class InputRouter(DocumentLoader loader, WebIngestSource? web, IngestOptions options)
{
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".rdf", ".xml"];

    public async IAsyncEnumerable<IngestItem> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            await foreach (var item in ReadOneAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private IAsyncEnumerable<IngestItem> ReadOneAsync(string input, CancellationToken cancellationToken)
    {
        var isUrl = input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (isUrl)
        {
            return web is null ? One(IngestItem.Fail(input, "fetching URLs is not enabled here")) : web.FromUrlAsync(input, cancellationToken);
        }

        if (File.Exists(input) && input.EndsWith(".opml", StringComparison.OrdinalIgnoreCase))
        {
            return web is null ? One(IngestItem.Fail(input, "an OPML list names feeds to fetch; use crosscheck add")) : web.FromOpmlAsync(input, cancellationToken);
        }

        if (web is not null && File.Exists(input) && FeedExtensions.Any(e => input.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            var (text, error) = InputFile.ReadText(input, options.MaxRecordBytes, sniffMarkup: true);
            if (text is null)
            {
                return One(IngestItem.Fail(input, error!));
            }

            if (FeedParser.LooksLikeFeed(text))
            {
                return web.FromFeedTextAsync(text, input, cancellationToken);
            }
        }

        return loader.Read([input]).ToAsyncEnumerable();
    }

    private static async IAsyncEnumerable<IngestItem> One(IngestItem item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }
}
