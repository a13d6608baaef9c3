namespace CrossCheck.Extraction;

/// <summary>The outcome of extracting one document: an article, or a one-line reason there is none. A page without
/// article text may still say what it is (<see cref="PageOnly"/>: its title, URL, outlet and publication date, with
/// empty text), which <c>crosscheck extract</c> reports; no article is made of it.</summary>
internal sealed record ExtractionResult(Article? Article, string? Failure, Article? PageOnly = null)
{
    public static ExtractionResult Success(Article article) => new(article, null);

    public static ExtractionResult Failed(string reason, Article? pageOnly = null) => new(null, reason, pageOnly);
}
