using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>The alias rules of <see cref="EntityResolver"/>, each merging mention sets.</summary>
internal static class AliasRules
{
    public static void MergeSameNames(List<ResolvedMention> mentions, UnionFind sets)
    {
        foreach (var group in mentions.Where(m => m.Form == MentionForm.Name).GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            UnionAll(group, sets);
        }
    }

    /// <summary>"NATO" = "North Atlantic Treaty Organization" by WordNet or by the initials of a name in the story.</summary>
    public static void MergeAcronyms(List<ResolvedMention> mentions, UnionFind sets, Gazetteer gazetteer)
    {
        var names = mentions.Where(m => m.Form == MentionForm.Name && m.Tokens.Length > 1 && m.Mention.Type != EntityType.Person).ToList();
        var byKey = names.ToLookup(m => m.Key, StringComparer.Ordinal);
        var byInitials = names.ToLookup(m => Initials(m.Mention.Text, withConnectors: false), StringComparer.Ordinal);
        var byAllInitials = names.ToLookup(m => Initials(m.Mention.Text, withConnectors: true), StringComparer.Ordinal);
        foreach (var acronym in mentions.Where(m => m.Form == MentionForm.Name && IsAcronym(m.Mention.Text)))
        {
            var letters = acronym.Mention.Text.Replace(".", "", StringComparison.Ordinal);
            var expansion = gazetteer.AcronymExpansion(letters);
            var candidates = byInitials[letters.ToUpperInvariant()]
                .Concat(letters.Any(char.IsLower) ? byAllInitials[letters.ToUpperInvariant()] : [])
                .Concat(expansion is null ? [] : byKey[ResolvedMention.Normalise(expansion)]);
            if (Choose(acronym, candidates, sets) is { } match)
            {
                sets.Union(acronym.Order, match.Order);
            }
        }
    }

    /// <summary>"Rama" = "Edi Rama": a one-word name joins the person whose last name it is.</summary>
    public static void MergeSurnames(List<ResolvedMention> mentions, UnionFind sets, Gazetteer gazetteer)
    {
        var people = mentions
            .Where(m => m.Form == MentionForm.Name && m.Tokens.Length > 1 && m.Mention.Type == EntityType.Person)
            .ToLookup(m => Surname.Of(m.Tokens), StringComparer.Ordinal);
        foreach (var single in mentions.Where(m => m.Form == MentionForm.Name && m.Tokens.Length == 1
                     && (m.Mention.Type is EntityType.Person or EntityType.Other
                         || gazetteer.IsSayingVerb(WordAfter(m.ArticleText, m.Mention.End)))))
        {
            if (Choose(single, people[single.Key], sets) is { } match)
            {
                sets.Union(single.Order, match.Order);
            }
        }
    }

    /// <summary>"North Macedonia" = "Republic of North Macedonia", "Vash" = "Vash River": a place name
    /// with or without its place head ("Bank of Ostrevia" is not Ostrevia: "bank" also heads organisations).</summary>
    public static void MergeHeadedNames(List<ResolvedMention> mentions, UnionFind sets, Gazetteer gazetteer)
    {
        bool PlaceHead(string word) => gazetteer.IsPlaceHead(word) && !gazetteer.IsOrganizationHead(word);
        var places = mentions.Where(m => m.Form == MentionForm.Name && m.Tokens.Length >= 2 && m.Mention.Type == EntityType.Place).ToList();
        var headFirst = places
            .Where(m => m.Tokens.Length > 2 && m.Tokens[1] == "of" && PlaceHead(m.Tokens[0]))
            .ToLookup(m => string.Join(' ', m.Tokens.Skip(m.Tokens[2] == "the" ? 3 : 2)), StringComparer.Ordinal);
        var headLast = places
            .Where(m => PlaceHead(m.Tokens[^1]))
            .ToLookup(m => string.Join(' ', m.Tokens[..^1]), StringComparer.Ordinal);
        foreach (var name in mentions.Where(m => m.Form == MentionForm.Name && m.Mention.Type != EntityType.Organization))
        {
            if (Choose(name, headFirst[name.Key].Concat(headLast[name.Key]), sets) is { } match)
            {
                sets.Union(name.Order, match.Order);
            }
        }
    }

    /// <summary>"Albanian Prime Minister" = "Edi Rama" when the text names him with that title; a bare
    /// role ("the prime minister") joins the last person with that role.</summary>
    public static void MergeDescriptions(List<ResolvedMention> mentions, UnionFind sets, Gazetteer gazetteer)
    {
        var titled = mentions
            .Where(m => m.Form == MentionForm.Name && m.Mention.Descriptor is not null)
            .Select(m => (Mention: m, Key: DescriptorKey.From(m.Mention.Descriptor, gazetteer)))
            .Where(x => x.Key is not null)
            .ToList();
        var unmatched = new List<(ResolvedMention Mention, DescriptorKey Key)>();
        foreach (var description in mentions.Where(m => m.Form == MentionForm.Description))
        {
            if (DescriptorKey.From(description.Mention.Descriptor, gazetteer) is not { } key)
            {
                continue;
            }

            var exact = titled.Where(t => t.Key!.Full == key.Full).Select(t => t.Mention);
            var match = Choose(description, exact, sets)
                ?? (key.IsBareRole ? Choose(description, titled.Where(t => t.Key!.Role == key.Role).Select(t => t.Mention), sets) : null);
            if (match is not null)
            {
                sets.Union(description.Order, match.Order);
            }
            else
            {
                unmatched.Add((description, key));
            }
        }

        foreach (var group in unmatched.GroupBy(u => u.Key.Full, StringComparer.Ordinal))
        {
            UnionAll(group.Select(g => g.Mention), sets);
        }
    }

    /// <summary>"the Alliance" = NATO when the story says "NATO alliance", or when NATO is the alliance (a
    /// kind WordNet gives it) named last before; "the Union" = "European Union".</summary>
    public static void MergeHeadWords(List<ResolvedMention> mentions, UnionFind sets, Gazetteer gazetteer)
    {
        var organizations = mentions.Where(m => m.Form == MentionForm.Name && m.Mention.Type == EntityType.Organization).ToList();
        var linked = organizations.ToLookup(m => WordAfter(m.ArticleText, m.Mention.End), StringComparer.Ordinal);
        var endingWith = organizations.Where(m => m.Tokens.Length > 1).ToLookup(m => OrganizationHeadMentions.HeadWord(m.Tokens), StringComparer.Ordinal);
        var unmatched = new List<ResolvedMention>();
        foreach (var head in mentions.Where(m => m.Form == MentionForm.HeadWord))
        {
            var match = Choose(head, linked[head.Key], sets) ?? Choose(head, endingWith[head.Key], sets)
                ?? Choose(head, organizations.Where(o => gazetteer.IsOrganizationOfKind(o.Mention.Text, head.Key)), sets);
            if (match is not null)
            {
                sets.Union(head.Order, match.Order);
            }
            else
            {
                unmatched.Add(head);
            }
        }

        foreach (var group in unmatched.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            UnionAll(group, sets);
        }
    }

    /// <summary>The one candidate entity, or when several, the one mentioned last before the mention in the
    /// same article (then first after it); null when there is none or the choice is unclear.</summary>
    private static ResolvedMention? Choose(ResolvedMention target, IEnumerable<ResolvedMention> candidates, UnionFind sets)
    {
        var list = candidates.Where(c => c.Order != target.Order).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        if (list.Select(c => sets.Find(c.Order)).Distinct().Count() == 1)
        {
            return list[0];
        }

        var sameArticle = list.Where(c => c.ArticleIndex == target.ArticleIndex).ToList();
        return sameArticle.Where(c => c.Order < target.Order).MaxBy(c => c.Order)
            ?? sameArticle.Where(c => c.Order > target.Order).MinBy(c => c.Order);
    }

    private static void UnionAll(IEnumerable<ResolvedMention> group, UnionFind sets)
    {
        ResolvedMention? first = null;
        foreach (var mention in group)
        {
            if (first is null)
            {
                first = mention;
            }
            else
            {
                sets.Union(first.Order, mention.Order);
            }
        }
    }

    /// <summary>"NATO", "U.S.", and short mixed-case forms with connector initials ("BoO").</summary>
    private static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 12 && text.Count(char.IsUpper) >= 2 && !text.Contains(' ', StringComparison.Ordinal)
        && (text.All(c => char.IsUpper(c) || c is '.' or '&') || (text.Length <= 6 && char.IsUpper(text[0]) && char.IsUpper(text[^1])));

    /// <summary>"Anti-Corruption Agency" → "ACA"; with connectors "Bank of Ostrevia" → "BOO".</summary>
    private static string Initials(string name, bool withConnectors) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) || (withConnectors && w is "of" or "and" or "for" or "de"))
            .Select(w => char.ToUpperInvariant(w[0])));

    private static string WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start && i > end ? text[start..i].ToLowerInvariant() : "";
    }
}
