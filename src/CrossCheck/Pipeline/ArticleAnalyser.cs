using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Pipeline;

/// <summary>Runs the per-article analysis stages in order.</summary>
public static class ArticleAnalyser
{
    public static AnalysedArticle Analyse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var words = ArticleWords.Scan(text, sentences);
        var mentions = EntityRecognizer.Recognize(text, sentences, words);
        return new AnalysedArticle(
            article,
            sentences,
            ClaimExtractor.Extract(article.Id, text, sentences),
            mentions,
            QuoteExtractor.Extract(text, sentences, mentions, words),
            QuantityExtractor.Extract(text, sentences),
            DateExtractor.Extract(text, sentences, article.Published));
    }
}
