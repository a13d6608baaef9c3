using CrossCheck.Analysis;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment.Derivation;

/// <summary>The fictional reports under <c>Reports/</c>, read through the intake and analysed once per test run.
/// harbour-fire: a wire report (a); a later report that paraphrases it sentence by sentence and adds two sentences
/// (b); an independent report of the same fire that tells many of the same facts in a similar order (c); a report
/// that credits the wire (d); a copy of the rewrite (e). rail-strike: an original (a); a republication with light
/// edits and merged sentences (b); an independent report (c). forest-fire: a long wire report (a); a short report that
/// keeps five of its paragraphs word for word and writes the rest itself (b). trawler-tow: a two-sentence report (a), a
/// rewrite of all of it that keeps its second sentence (b), a short independent report of the same facts in the same
/// order (c). archive-cut: a wire report (a) and a cut that drops two paragraphs from its middle and two from its end
/// (b). valley-landslide: an agency report (a), a near copy that edits a day name, an amount and two nouns (b), and two
/// rewrites that keep the agency's readings (c, d). tram-derailment: a wire report (a); a later rewrite that cuts a
/// sentence and a quotation from its middle and rewords the sentences around the cuts more loosely than the bar (b); an
/// independent report of the same crash (c). orchard-frost: a wire report (a); a later cut that paraphrases seven of its
/// twelve sentences in order and adds a lead and a tail (b); two independent reports of the same frost (c, d).
/// chlorine-leak: an agency report (a); a local paper's rewrite that edits four words throughout, inserts three
/// sentences of its own inside the shared text and drops the last two (b); two independent reports that use the
/// agency's words (c, d).</summary>
internal static class DerivationReports
{
    private static readonly Lazy<Dictionary<string, AnalysedArticle>> All = new(Load);

    public static AnalysedArticle Get(string id) => All.Value[id];

    /// <summary>The article with another publication date (null: undated).</summary>
    public static AnalysedArticle Dated(string id, string? date)
    {
        var analysed = Get(id);
        var article = analysed.Article with
        {
            Published = date is null ? null : new PublicationDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            PublishedFrom = date is null ? PublishedFrom.None : PublishedFrom.Metadata,
        };
        return analysed with { Article = article };
    }

    private static Dictionary<string, AnalysedArticle> Load()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var documents = DocumentLoader.Load([TestPaths.InRepo("tests", "CrossCheck.Tests", "Alignment", "Derivation", "Reports")]).Documents;
        var (articles, errors) = new CrossCheckPipeline(time).Extract(documents);
        Assert.Empty(errors);
        return articles.Select(ArticleAnalyser.Analyse).ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
    }
}
