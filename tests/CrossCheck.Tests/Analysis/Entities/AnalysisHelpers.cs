using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Extraction;
using CrossCheck.Pipeline;

namespace CrossCheck.Tests.Analysis.Entities;

internal static class AnalysisHelpers
{
    public static AnalysedArticle Analyse(string text, string id = "a") => ArticleAnalyser.Analyse(new Article(id, id + ".txt", "", text));

    public static EntityIndex Resolve(params string[] texts) =>
        EntityResolver.Resolve(texts.Select((t, i) => Analyse(t, "a" + i)).ToList());

    public static Entity EntityNamed(this EntityIndex index, string name) =>
        index.Entities.SingleOrDefault(e => e.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"no entity named {name}; have: {string.Join(", ", index.Entities.Select(e => e.Name))}");

    public static EntityMention Mention(this AnalysedArticle article, string text) =>
        article.Mentions.FirstOrDefault(m => m.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no mention {text}; have: {string.Join(", ", article.Mentions.Select(m => m.Text))}");
}
