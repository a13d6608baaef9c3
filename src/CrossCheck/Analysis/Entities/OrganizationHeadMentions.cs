using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>"the alliance" names an organisation when the article uses that head word as a name: as a
/// capitalised name of its own ("the Alliance") or right after an organisation ("the NATO alliance").</summary>
internal static class OrganizationHeadMentions
{
    public static List<EntityMention> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Word>> scanned,
        List<EntityMention> mentions, Gazetteer gazetteer)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var mentionStarts = new HashSet<int>(mentions.Select(m => m.Start));
        var organizationEnds = new HashSet<int>(mentions.Where(m => m.Type == EntityType.Organization).Select(m => m.End));
        foreach (var mention in mentions.Where(m => m.Type == EntityType.Organization && !m.Text.All(char.IsUpper)))
        {
            // "the Alliance" used as a name, or the head of "Anti-Corruption Agency" ("the agency").
            var head = HeadWord(mention.Text).ToLowerInvariant();
            if (gazetteer.IsOrganizationHead(head))
            {
                heads.Add(head);
            }
        }

        foreach (var words in scanned)
        {
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].GapBefore == WordGap.Space && !words[k].IsCapitalised && organizationEnds.Contains(words[k - 1].End)
                    && gazetteer.IsOrganizationHead(words[k].Lower))
                {
                    heads.Add(words[k].Lower);
                }
            }
        }

        var found = new List<EntityMention>();
        if (heads.Count == 0)
        {
            return found;
        }

        for (var i = 0; i < scanned.Count; i++)
        {
            var words = scanned[i];
            for (var k = 1; k < words.Count; k++)
            {
                var word = words[k];
                if (words[k - 1].Lower == "the" && word.GapBefore == WordGap.Space && !word.IsCapitalised
                    && heads.Contains(word.Lower) && !mentionStarts.Contains(word.Start))
                {
                    found.Add(new EntityMention(word.Text, word.Start, word.End, EntityType.Organization, sentences[i].Index));
                }
            }
        }

        return found;
    }

    /// <summary>The head noun of an organisation's name: the word before its first "of" ("Institute" in
    /// "National Institute of Geophysics and Seismology"), else its last word ("Agency" in "Anti-Corruption Agency").</summary>
    internal static string HeadWord(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        var before = of > 0 ? name[..of] : name;
        return before[(before.LastIndexOfAny([' ', '-']) + 1)..];
    }

    /// <summary><see cref="HeadWord(string)"/> over a name's lower-case words.</summary>
    internal static string HeadWord(IReadOnlyList<string> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k] == "of")
            {
                return tokens[k - 1];
            }
        }

        return tokens[^1];
    }
}
