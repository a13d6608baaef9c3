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
/// tokens, word classes, lemmas and sentences, computed once) that the result carries. The claims' sentence vectors
/// come from an <see cref="ISentenceEncoder"/>, asked once for all the claims of the articles analysed together.</summary>
internal static class ArticleAnalyser
{
    /// <summary>One article, with the process's shared encoder (<see cref="CachedSentenceEncoder.Shared"/>).</summary>
    public static AnalysedArticle Analyse(Article article) => Analyse(article, CachedSentenceEncoder.Shared);

    public static AnalysedArticle Analyse(Article article, ISentenceEncoder encoder) => AnalyseAll([article], encoder)[0];

    /// <summary>Several articles (a story's), in order; the encoder gets every claim of all of them in one call, so the
    /// model runs fuller batches of sentences of similar length and a sentence the articles share is embedded once.</summary>
    public static IReadOnlyList<AnalysedArticle> AnalyseAll(IReadOnlyList<Article> articles, ISentenceEncoder encoder) =>
        AnalyseAll(articles, encoder, deferVectors: false);

    /// <summary>As <see cref="AnalyseAll(IReadOnlyList{Article}, ISentenceEncoder)"/>; with <paramref name="deferVectors"/>
    /// the claims are not embedded now but on the first read of an article's <see cref="AnalysedArticle.ClaimVectors"/>,
    /// by <paramref name="encoder"/> (the same vectors: a vector does not depend on the call it is made in).</summary>
    public static IReadOnlyList<AnalysedArticle> AnalyseAll(IReadOnlyList<Article> articles, ISentenceEncoder encoder, bool deferVectors)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(encoder);
        var readings = articles.Select(Read).ToList();
        if (deferVectors)
        {
            return [.. readings.Select(r => r.Complete(null, encoder))];
        }

        var vectors = encoder.Encode([.. readings.SelectMany(r => r.Claims).Select(c => c.EmbeddedText)]);
        var analysed = new List<AnalysedArticle>(readings.Count);
        var offset = 0;
        foreach (var reading in readings)
        {
            var own = new float[reading.Claims.Count][];
            for (var c = 0; c < own.Length; c++)
            {
                own[c] = vectors[offset + c];
            }

            analysed.Add(reading.Complete(own, null));
            offset += own.Length;
        }

        return analysed;
    }

    /// <summary>The texts of an article's claims, as <see cref="Analyse(Article, ISentenceEncoder)"/> would embed them,
    /// without the rest of the analysis: what <c>add</c> embeds ahead of any analysis.</summary>
    public static IReadOnlyList<string> ClaimTexts(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = SentenceSplitter.Split(article.Text);
        return [.. ClaimExtractor.Extract(article.Id, article.Text, sentences, AnalysedText.Read(article.Text, sentences)).Select(c => c.EmbeddedText)];
    }

    private static Reading Read(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var read = AnalysedText.Read(text, sentences);
        return new Reading(article, sentences, read, ClaimExtractor.Extract(article.Id, text, sentences, read));
    }

    /// <summary>An article read and its claims found; the rest of the analysis waits for the claims' vectors.</summary>
    private sealed record Reading(Article Article, IReadOnlyList<Sentence> Sentences, AnalysedText Read, IReadOnlyList<Claim> Claims)
    {
        /// <summary>The article analysed, with its claims' vectors, or without them (<paramref name="claimVectors"/> null)
        /// and the <paramref name="encoder"/> that embeds them on first read.</summary>
        public AnalysedArticle Complete(IReadOnlyList<float[]>? claimVectors, ISentenceEncoder? encoder)
        {
            var text = Article.Text;
            var mentions = EntityRecognizer.Recognize(text, Sentences, Read.Words);
            var analysed = new AnalysedArticle(
                Article,
                Sentences,
                Claims,
                mentions,
                QuoteExtractor.Extract(text, Sentences, mentions, Read.Words),
                QuantityExtractor.Extract(text, Sentences, Read),
                DateExtractor.Extract(text, Sentences, Article.Published))
            {
                Reading = Read,
                ClaimEncoder = encoder,
            };
            return claimVectors is null ? analysed : analysed with { ClaimVectors = claimVectors };
        }
    }
}
