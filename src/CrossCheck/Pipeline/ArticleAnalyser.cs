using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Pipeline;

/// <summary>Runs the per-article analysis stages in order, over one reading of the text (<see cref="AnalysedText"/>:
/// tokens, word classes, lemmas and sentences, computed once) that the result carries.</summary>
internal static class ArticleAnalyser
{
    public static AnalysedArticle Analyse(Article article) => Analyse(article, SentenceEmbedder.Shared);

    public static AnalysedArticle Analyse(Article article, ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(encoder);
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var read = AnalysedText.Read(text, sentences);
        var mentions = EntityRecognizer.Recognize(text, sentences, read.Words);
        var claims = ClaimExtractor.Extract(article.Id, text, sentences, read);
        return new AnalysedArticle(
            article,
            sentences,
            claims,
            mentions,
            QuoteExtractor.Extract(text, sentences, mentions, read.Words),
            QuantityExtractor.Extract(text, sentences, read),
            DateExtractor.Extract(text, sentences, article.Published))
        {
            Reading = read,
            ClaimVectors = encoder.Encode(claims.Select(c => c.Text).ToList()),
        };
    }
}
