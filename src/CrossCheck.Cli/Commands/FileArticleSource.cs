using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck.Cli.Commands;

/// <summary>Reads articles from files and directories the way <c>analyze</c> does (DocumentLoader, then
/// ArticleExtractor, then the publication date), keeping the input ids and making repeated ids unique.
/// A text with only a headline is kept as an article whose body is that line.</summary>
internal sealed class FileArticleSource(TimeProvider time)
{
    public IReadOnlyList<Article> Read(IEnumerable<string> inputs, Action<string> reportError)
    {
        var loaded = DocumentLoader.Load(inputs);
        foreach (var error in loaded.Errors)
        {
            reportError(error.ToString());
        }

        var articles = new List<Article>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in loaded.Documents)
        {
            var article = ArticleExtractor.Extract(document) ?? HeadlineOnly(document);
            if (article is null)
            {
                reportError(new IngestError(document.Source, "no article text found").ToString());
                continue;
            }

            var id = article.Id;
            for (var n = 2; !seen.Add(id); n++)
            {
                id = $"{article.Id}-{n}";
            }

            articles.Add(PublicationDates.FromArticle(article with { Id = id }, document.Metadata.Published, time));
        }

        return articles;
    }

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
