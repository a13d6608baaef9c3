namespace CrossCheck.Extraction;

/// <summary>The outcome of extracting one document: an article, or a one-line reason there is none.</summary>
internal sealed record ExtractionResult(Article? Article, string? Failure)
{
    public static ExtractionResult Success(Article article) => new(article, null);

    public static ExtractionResult Failed(string reason) => new(null, reason);
}
