using CrossCheck.Dossiers;

namespace CrossCheck.Catalog;

/// <summary>One line of a story list: enough to choose a story without loading its dossier.</summary>
internal sealed record StorySummary(
    string Id,
    string Title,
    int ArticleCount,
    int OutletCount,
    int ClaimCount,
    int ContradictedCount,
    string? LatestPublished,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> TopEntities);

/// <summary>An article with its extracted text and the claims found in it, for the article page and API.</summary>
internal sealed record ArticleDetail(
    ArticleEntry Article,
    string Text,
    string? StoryId,
    IReadOnlyList<ClaimEntry> Claims);

/// <summary>What adding documents did: how many were new and which inputs failed.</summary>
internal sealed record AddSummary(int Added, int Unchanged, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> Errors);
