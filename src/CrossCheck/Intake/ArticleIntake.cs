using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Intake;

/// <summary>The one way a raw document becomes an article: the clock-aware extractor (with its failure reason;
/// an exception while extracting becomes a failure naming the input), then the publication date from
/// extraction, metadata or text. <see cref="TakeAll"/> also makes the ids of a batch unique. The pipeline, the
/// catalogs, the CLI, the web app and the watcher all call it.</summary>
internal sealed class ArticleIntake(TimeProvider time, IntakeOptions? options = null)
{
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));
    private readonly IntakeOptions _options = options ?? IntakeOptions.Default;

    /// <summary>One document to an article with its publication date settled, or the reason there is none.</summary>
    public IntakeResult Take(RawDocument document)
    {
        var extracted = Extract(document);
        var article = extracted.Article ?? (_options.KeepHeadlineOnly ? HeadlineOnly(document) : null);
        return article is null
            ? IntakeResult.Failed(document, extracted.Failure ?? NoArticle)
            : new IntakeResult(document, IntakeDates.FromArticle(article, document.Metadata.Published, _time), null);
    }

    /// <summary>The extraction step alone (what <c>crosscheck extract</c> shows): the article as the page gives it,
    /// or the reason there is none. Never throws on bad content.</summary>
    public ExtractionResult Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return ArticleExtractor.Extract(document, _time);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            return ExtractionResult.Failed($"extraction failed ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Every document in order; a repeated article id gets a suffix (<c>id-2</c>, <c>id-3</c>…) before its date is settled.</summary>
    public IntakeBatch TakeAll(IEnumerable<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var taken = new List<IntakeResult>();
        var ids = new UniqueIds();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Take(document);
            taken.Add(result.Article is { } article ? result with { Article = ids.Rename(article) } : result);
        }

        return new IntakeBatch(taken);
    }

    /// <summary>The reason given when extraction finds nothing and says no more.</summary>
    internal const string NoArticle = "no article text found";

    /// <summary>A plain text that is only a headline: an article whose title and body are that line.</summary>
    private static Article? HeadlineOnly(RawDocument document)
    {
        if (document.Format != DocumentFormat.PlainText || string.IsNullOrWhiteSpace(document.Content))
        {
            return null;
        }

        var line = document.Content.Trim();
        return new Article(document.Id, document.Source, document.Metadata.Title ?? line, line,
            document.Metadata.Url, document.Metadata.Outlet, document.Metadata.Byline);
    }
}
