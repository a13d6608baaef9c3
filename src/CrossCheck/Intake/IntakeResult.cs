using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Intake;

/// <summary>How the intake reads documents. <see cref="KeepHeadlineOnly"/> keeps a plain text that is only a
/// headline as an article whose body is that line (clustering wants every report; analysis has no claims to check in it).</summary>
public sealed record IntakeOptions(bool KeepHeadlineOnly = false)
{
    public static IntakeOptions Default { get; } = new();
}

/// <summary>One document taken in: its article (id and publication date settled), or the reason there is none.</summary>
public sealed record IntakeResult(RawDocument Document, Article? Article, string? Failure)
{
    public static IntakeResult Failed(RawDocument document, string reason) => new(document, null, reason);

    /// <summary>The failure as an error naming the input, or null.</summary>
    public IngestError? Error => Failure is null ? null : new IngestError(Document.Source, Failure);
}

/// <summary>A batch taken in, in input order.</summary>
public sealed record IntakeBatch(IReadOnlyList<IntakeResult> Results)
{
    public IReadOnlyList<Article> Articles => [.. Results.Select(r => r.Article).OfType<Article>()];

    public IReadOnlyList<IngestError> Errors => [.. Results.Select(r => r.Error).OfType<IngestError>()];
}

/// <summary>Keeps the ids of a batch unique: the first keeps its id, later ones get <c>-2</c>, <c>-3</c>….</summary>
internal sealed class UniqueIds
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public Article Rename(Article article)
    {
        var id = article.Id;
        for (var n = 2; !_seen.Add(id); n++)
        {
            id = $"{article.Id}-{n}";
        }

        return ReferenceEquals(id, article.Id) ? article : article with { Id = id };
    }
}
