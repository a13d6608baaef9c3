using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Finds entity mentions in one article with lexical rules and a WordNet-derived gazetteer:
/// capitalised runs with connectors, acronyms, titles split off as descriptors, descriptions standing
/// for people ("the Serbian president"), and organisation head words used as names ("the Alliance").</summary>
public static class EntityRecognizer
{
    public static IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        return Recognize(text, sentences, ArticleWords.Scan(text, sentences));
    }

    /// <summary>The mentions of an article whose sentences' words are already scanned.</summary>
    internal static IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences, ArticleWords words)
    {
        var gazetteer = Gazetteer.Default;
        var scanned = words.BySentence;
        var filter = new ProperWordFilter(text, scanned, gazetteer);
        var mentions = new List<EntityMention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var builder = new SentenceMentionBuilder(text, scanned[i], sentences[i].Index, filter, gazetteer);
            mentions.AddRange(builder.Build());
        }

        mentions.AddRange(OrganizationHeadMentions.Find(text, sentences, scanned, mentions, gazetteer));
        return RemoveOverlaps(RetypeSurnames(mentions));
    }

    /// <summary>A lone word that is the surname of a person named in the article is that person,
    /// whatever else the word could be ("Strand said" after "Pavel Strand").</summary>
    private static List<EntityMention> RetypeSurnames(List<EntityMention> mentions)
    {
        var surnames = mentions
            .Where(m => m.Type == EntityType.Person && m.Text.Contains(' ', StringComparison.Ordinal) && m.Descriptor != m.Text)
            .Select(m => m.Text[(m.Text.LastIndexOf(' ') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
        return mentions
            .Select(m => m.Type != EntityType.Person && surnames.Contains(m.Text) ? m with { Type = EntityType.Person } : m)
            .ToList();
    }

    /// <summary>Keeps the earliest, then longest, of overlapping mentions.</summary>
    private static List<EntityMention> RemoveOverlaps(List<EntityMention> mentions)
    {
        var kept = new List<EntityMention>(mentions.Count);
        var lastEnd = -1;
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mention.Start >= lastEnd && mention.End > mention.Start)
            {
                kept.Add(mention);
                lastEnd = mention.End;
            }
        }

        return kept;
    }
}
