namespace CrossCheck.Analysis.Entities;

/// <summary>Turns merged mention sets into <see cref="Entity"/> records with stable ids by first appearance.</summary>
internal static class EntityBuilder
{
    public static EntityIndex Build(List<ResolvedMention> mentions, UnionFind sets)
    {
        var entities = new List<Entity>();
        var byMention = new Dictionary<MentionKey, string>();
        foreach (var group in mentions.GroupBy(m => sets.Find(m.Order)).OrderBy(g => g.Key))
        {
            var members = group.ToList();
            var id = $"e{entities.Count + 1}";
            var name = NameOf(members);
            var aliases = new List<string> { name };
            foreach (var member in members)
            {
                AddAlias(aliases, member.Mention.Text);
                AddAlias(aliases, member.Mention.Descriptor);
                byMention[new MentionKey(member.ArticleId, member.Mention.Start, member.Mention.End)] = id;
            }

            var articleIds = members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToList();
            var type = TypeOf(members);
            if (type == EntityType.Person && name.Contains(' ', StringComparison.Ordinal))
            {
                AddAlias(aliases, Surname.Of(name)); // how later text refers to the person
            }

            entities.Add(new Entity(id, name, type, aliases, articleIds));
        }

        return new EntityIndex(entities, byMention);
    }

    /// <summary>The most complete name: the proper name with most words (then most frequent, then first);
    /// a description only when the text never names the entity.</summary>
    private static string NameOf(List<ResolvedMention> members)
    {
        var names = members.Where(m => m.Form == MentionForm.Name).ToList();
        var pool = names.Count > 0 ? names : members;
        var best = pool
            .GroupBy(m => Clean(m.Mention.Text), StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Count(c => c == ' '))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.Order))
            .First();
        return best.Key;
    }

    private static EntityType TypeOf(List<ResolvedMention> members)
    {
        if (members.Any(m => m.Mention.Type == EntityType.Person && (m.Mention.Descriptor is not null || m.Tokens.Length > 1)))
        {
            return EntityType.Person;
        }

        // Full names carry more evidence than one word ("Vash River" over a lone "Vash" read as a person).
        var votes = members.Where(m => m.Mention.Type != EntityType.Other && m.Form == MentionForm.Name).GroupBy(m => m.Mention.Type)
            .OrderByDescending(g => g.Sum(m => m.Tokens.Length > 1 ? 3 : 1)).ThenBy(g => g.Min(m => m.Order)).FirstOrDefault();
        return votes?.Key ?? members.Select(m => m.Mention.Type).FirstOrDefault(t => t != EntityType.Other, EntityType.Other);
    }

    private static void AddAlias(List<string> aliases, string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            return;
        }

        var clean = Clean(alias);
        if (!aliases.Contains(clean, StringComparer.Ordinal))
        {
            aliases.Add(clean);
        }
    }

    private static string Clean(string text) => string.Join(' ', text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
