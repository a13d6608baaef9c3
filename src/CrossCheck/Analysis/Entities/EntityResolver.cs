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

/// <summary>Merges the mentions of all articles of a story into entities with aliases.
/// PLACEHOLDER: one entity per distinct surface form; the Entities stage replaces it.</summary>
public static class EntityResolver
{
    public static EntityIndex Resolve(IReadOnlyList<AnalysedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var entities = new List<Entity>();
        var byMention = new Dictionary<MentionKey, string>();
        foreach (var group in articles
                     .SelectMany(a => a.Mentions.Select(m => (a.Article.Id, Mention: m)))
                     .GroupBy(x => x.Mention.Text, StringComparer.Ordinal))
        {
            var id = $"e{entities.Count + 1}";
            var first = group.First().Mention;
            entities.Add(new Entity(id, first.Text, first.Type, [first.Text], group.Select(x => x.Id).Distinct().ToList()));
            foreach (var (articleId, mention) in group)
            {
                byMention[new MentionKey(articleId, mention.Start, mention.End)] = id;
            }
        }

        return new EntityIndex(entities, byMention);
    }
}
