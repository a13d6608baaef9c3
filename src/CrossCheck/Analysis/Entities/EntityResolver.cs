using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Story-level entities and which entity each mention belongs to.</summary>
public sealed record EntityIndex(
    IReadOnlyList<Entity> Entities,
    IReadOnlyDictionary<MentionKey, string> EntityIdByMention)
{
    public string? EntityIdOf(string articleId, int start, int end) =>
        EntityIdByMention.TryGetValue(new MentionKey(articleId, start, end), out var id) ? id : null;

    public Entity? Find(string entityId) => Entities.FirstOrDefault(e => e.Id == entityId);
}

/// <summary>Identifies a mention (or any span, such as a quote speaker) within one article.</summary>
public readonly record struct MentionKey(string ArticleId, int Start, int End);

/// <summary>Merges the mentions of all articles of a story into entities: identical names, surnames
/// with full names ("Rama" = "Edi Rama"), acronyms with expansions, descriptions with the person the text
/// names with them ("the Albanian Prime Minister" = "Edi Rama"), head words with their organisation
/// ("the Alliance" = NATO after "the NATO alliance"). Ids e1, e2… follow first appearance.</summary>
public static class EntityResolver
{
    public static EntityIndex Resolve(IReadOnlyList<AnalysedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var gazetteer = Gazetteer.Default;
        var mentions = Collect(articles, gazetteer);
        var sets = new UnionFind(mentions.Count);
        AliasRules.MergeSameNames(mentions, sets);
        AliasRules.MergeAcronyms(mentions, sets, gazetteer);
        AliasRules.MergeSurnames(mentions, sets, gazetteer);
        AliasRules.MergeHeadedNames(mentions, sets, gazetteer);
        AliasRules.MergeDescriptions(mentions, sets, gazetteer);
        AliasRules.MergeHeadWords(mentions, sets, gazetteer);
        return EntityBuilder.Build(mentions, sets);
    }

    private static List<ResolvedMention> Collect(IReadOnlyList<AnalysedArticle> articles, Gazetteer gazetteer)
    {
        var mentions = new List<ResolvedMention>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a].Article;
            foreach (var mention in articles[a].Mentions.OrderBy(m => m.Start).ThenBy(m => m.End))
            {
                mentions.Add(new ResolvedMention(mentions.Count, a, article.Id, article.Text, mention, FormOf(mention, gazetteer)));
            }
        }

        return mentions;
    }

    private static MentionForm FormOf(EntityMention mention, Gazetteer gazetteer)
    {
        if (mention.Descriptor is not null && string.Equals(mention.Descriptor, mention.Text, StringComparison.Ordinal))
        {
            return MentionForm.Description;
        }

        var lower = mention.Text.ToLowerInvariant();
        return mention.Type == EntityType.Organization && !mention.Text.Contains(' ', StringComparison.Ordinal)
               && !mention.Text.All(char.IsUpper) && gazetteer.IsOrganizationHead(lower) && gazetteer.NameType(mention.Text) is null
            ? MentionForm.HeadWord
            : MentionForm.Name;
    }
}
