using CrossCheck.Alignment;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Pipeline;

/// <summary>The result of one run: the dossier document, the extracted articles (with their publication
/// dates settled) and the inputs that could not be used.</summary>
public sealed record PipelineResult(DossierDocument Document, IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors);

/// <summary>Raw documents in, one cross-checked dossier per story out.</summary>
public sealed class CrossCheckPipeline(TimeProvider time)
{
    public PipelineResult Run(IReadOnlyList<RawDocument> documents)
    {
        var (articles, errors) = Extract(documents);
        return Analyse(articles) with { Errors = errors };
    }

    /// <summary>Extracts every document, settling ids (unique) and publication dates from metadata or text.</summary>
    public (IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors) Extract(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var errors = new List<IngestError>();
        var articles = new List<Article>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var article = ArticleExtractor.Extract(document);
            if (article is null)
            {
                errors.Add(new IngestError(document.Source, "no article text found"));
                continue;
            }

            if (!seenIds.Add(article.Id))
            {
                article = article with { Id = UniqueId(article.Id, seenIds) };
            }

            articles.Add(PublicationDates.FromArticle(article, document.Metadata.Published, time));
        }

        return (articles, errors);
    }

    /// <summary>Groups extracted articles into stories and cross-checks each story.</summary>
    public PipelineResult Analyse(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stories = StoryGrouper.Group(articles);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var dossiers = new StoryDossier[stories.Count];
        Parallel.For(0, stories.Count, i =>
        {
            var storyArticles = PublicationDates.FromStory(stories[i].ArticleIds.Select(id => byId[id]).ToList());
            lock (byId)
            {
                foreach (var article in storyArticles)
                {
                    byId[article.Id] = article;
                }
            }

            dossiers[i] = AnalyseStory(stories[i], storyArticles);
        });

        var derivedFrom = stories.SelectMany(s => s.DerivedFrom).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var entries = articles.Select(a => DossierBuilder.ToEntry(byId[a.Id], derivedFrom.GetValueOrDefault(a.Id))).ToList();
        var settled = articles.Select(a => byId[a.Id]).ToList();
        return new PipelineResult(new DossierDocument(DossierDocument.CurrentSchemaVersion, entries, dossiers), settled, []);
    }

    private static StoryDossier AnalyseStory(Story story, IReadOnlyList<Article> storyArticles)
    {
        var analysed = storyArticles.Select(ArticleAnalyser.Analyse).ToList();
        var entities = EntityResolver.Resolve(analysed);
        var claims = ClaimAligner.Align(story, analysed, entities);
        var quoteLinks = QuoteLinker.Link(analysed, entities);
        return DossierBuilder.Build(story, analysed, entities, claims, quoteLinks);
    }

    private static string UniqueId(string id, HashSet<string> seen)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (seen.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
