using System.Data.Common;
using CrossCheck.Ingest;

namespace CrossCheck.Storage;

/// <summary>The column list both stores select and the mapping of one row back to a <see cref="StoredArticle"/>;
/// only captions and timestamps differ in how each database stores them.</summary>
internal static class StoredArticleColumns
{
    public const string Select = """
        SELECT a.document_id, a.article_key, r.revision, r.content_hash, r.source, r.format, r.raw_content,
               r.meta_title, r.meta_outlet, r.meta_url, r.meta_published, r.meta_byline,
               r.title, r.text, r.url, r.outlet, r.byline, r.language, r.published, r.published_from, r.captions,
               a.first_seen, r.added_at, a.story_id
        FROM articles a JOIN revisions r ON r.article_id = a.id
        """;

    public const int Captions = 20;
    public const int FirstSeen = 21;
    public const int AddedAt = 22;

    public static StoredArticle Map(DbDataReader r, IReadOnlyList<string>? captions, DateTimeOffset firstSeen, DateTimeOffset addedAt)
    {
        ArgumentNullException.ThrowIfNull(r);
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var documentId = r.GetString(0);
        var metadata = new DocumentMetadata(Text(7), Text(8), Text(9), Text(10), Text(11));
        var document = new RawDocument(documentId, r.GetString(4), Enum.Parse<DocumentFormat>(r.GetString(5)), r.GetString(6), metadata);
        var article = new Article(
            documentId, r.GetString(4), r.GetString(12), r.GetString(13), Text(14), Text(15), Text(16), Text(17),
            StoredDates.ParsePublication(Text(18)), Enum.Parse<PublishedFrom>(r.GetString(19)), captions);
        return new StoredArticle(documentId, r.GetString(1), r.GetInt32(2), r.GetString(3), document, article, firstSeen, addedAt, Text(23));
    }
}
