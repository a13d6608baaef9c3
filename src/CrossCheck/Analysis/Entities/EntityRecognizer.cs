using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Finds entity mentions in one article. PLACEHOLDER: finds nothing; the Entities stage replaces it.</summary>
public static class EntityRecognizer
{
    public static IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences) => [];
}
