using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Pipeline;

/// <summary>Runs the per-article analysis stages in order, over one reading of the text (<see cref="AnalysedText"/>:
/// tokens, word classes, lemmas and sentences, computed once) that the result carries.</summary>
internal static class ArticleAnalyser
{
    public static AnalysedArticle Analyse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var read = AnalysedText.Read(text, sentences);
        var mentions = EntityRecognizer.Recognize(text, sentences, read.Words);
        return new AnalysedArticle(
            article,
            sentences,
            ClaimExtractor.Extract(article.Id, text, sentences, read),
            mentions,
            QuoteExtractor.Extract(text, sentences, mentions, read.Words),
            QuantityExtractor.Extract(text, sentences, read),
            DateExtractor.Extract(text, sentences, article.Published))
        {
            Reading = read,
        };
    }
}
