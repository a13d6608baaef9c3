using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck;

/// <summary>The articles extracted from raw documents (ids made unique, publication dates settled from metadata
/// or text) and the documents that gave none.</summary>
/// <param name="Articles">The extracted articles, in input order.</param>
/// <param name="Errors">One line per document without article text.</param>
public sealed record ExtractedArticles(IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors);

/// <summary>A whole cross-check: the articles, their stories, one dossier per story that could be cross-checked
/// and every error. Render it with a renderer of <c>CrossCheck.Dossiers.Rendering</c> over <see cref="Document"/>.</summary>
/// <param name="Document">The dossier document (the JSON contract): every article and one dossier per story.</param>
/// <param name="Articles">The articles, with publication dates settled from their story where they had none.</param>
/// <param name="Stories">The stories the articles were grouped into.</param>
/// <param name="Errors">Inputs without article text, then stories whose cross-check failed.</param>
public sealed record CrossCheckResult(
    DossierDocument Document,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<IngestError> Errors)
{
    /// <summary>One dossier per story that could be cross-checked, in story order.</summary>
    public IReadOnlyList<StoryDossier> Dossiers => Document.Stories;
}

/// <summary>A cross-check whose articles are settled and whose stories arrive one at a time, in story order, as
/// <see cref="Stories"/> is enumerated (once): a caller that writes each story out holds only a few in memory.</summary>
/// <param name="Entries">The dossier entry of every article: publication dates and the clustering's copy links are
/// known before any story is cross-checked; each story's cross-check puts its rewrite and credit links in as its
/// outcome is enumerated, so the entries are final once <see cref="Stories"/> has been enumerated (write them after
/// the stories, as <c>DossierJson</c> does).</param>
/// <param name="Articles">The articles, with publication dates settled from their story where they had none.</param>
/// <param name="Stories">Each story's outcome: its dossier, or the error that took its place.</param>
public sealed record StreamedCrossCheck(
    IReadOnlyList<ArticleEntry> Entries,
    IReadOnlyList<Article> Articles,
    IAsyncEnumerable<StoryOutcome> Stories);
