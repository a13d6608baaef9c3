namespace CrossCheck.Analysis.Entities;

internal enum EntityType
{
    Person,
    Organization,
    Place,
    Other,
}

/// <summary>A span of an article naming an entity. <see cref="Descriptor"/> holds a role or title that
/// the text attaches to it ("Albanian Prime Minister" in "Albanian Prime Minister Edi Rama").</summary>
internal sealed record EntityMention(
    string Text,
    int Start,
    int End,
    EntityType Type,
    int SentenceIndex,
    string? Descriptor = null);

/// <summary>One real-world entity across all articles of a story, with every name it goes by.</summary>
internal sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ArticleIds);
