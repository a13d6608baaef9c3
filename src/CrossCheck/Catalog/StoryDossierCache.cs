using System.Runtime.ExceptionServices;
using System.Text;
using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Catalog;

/// <summary>A story's analysis with its article entries, valid for as long as the story keeps the same
/// <see cref="Signature"/> (id, title, members and their content, rewrite links).</summary>
internal sealed record CachedStory(string Signature, AnalysedStory Analysis, IReadOnlyList<ArticleEntry> Entries)
{
    public StoryDossier Dossier => Analysis.Dossier;
}

/// <summary>Keeps each story's dossier until the story changes, so adding an article re-analyses only the stories
/// whose membership or member content changed. A story whose analysis fails is left out (and retried on the next
/// resolve) and reported in <see cref="Failures"/>; the other stories are unaffected.</summary>
internal sealed class StoryDossierCache(IStoryAnalyser analyser)
{
    private Dictionary<string, CachedStory> _byId = new(StringComparer.Ordinal);

    /// <summary>How many stories have been analysed since the cache was made.</summary>
    public int Analysed { get; private set; }

    /// <summary>The stories the last <see cref="Resolve"/> could not analyse, one line each.</summary>
    public IReadOnlyList<IngestError> Failures { get; private set; } = [];

    /// <summary>The analyses of <paramref name="stories"/>, reusing cached ones; stories no longer present are forgotten.
    /// <paramref name="member"/> gives a member article and a hash of its stored content.</summary>
    public IReadOnlyList<CachedStory> Resolve(IReadOnlyList<Story> stories, Func<string, (Article Article, string ContentHash)> member)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(member);
        var signatures = stories.Select(s => Signature(s, member)).ToArray();
        var results = new CachedStory?[stories.Count];
        var stale = new List<int>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (_byId.TryGetValue(stories[i].Id, out var cached) && string.Equals(cached.Signature, signatures[i], StringComparison.Ordinal))
            {
                results[i] = cached;
            }
            else
            {
                stale.Add(i);
            }
        }

        var failures = new IngestError?[stories.Count];
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(stale, parallel, i => (results[i], failures[i]) = Analyse(stories[i], signatures[i], member));
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.OfType<EmbeddingModelException>().FirstOrDefault() is { } unavailable)
        {
            // Not one story's defect (IsolatedStoryAnalysis lets it through): reported once, as itself.
            ExceptionDispatchInfo.Capture(unavailable).Throw();
        }

        Analysed += stale.Count;
        Failures = [.. failures.OfType<IngestError>()];
        var resolved = results.OfType<CachedStory>().ToList();
        _byId = resolved.ToDictionary(r => r.Dossier.Id, StringComparer.Ordinal);
        return resolved;
    }

    private (CachedStory? Story, IngestError? Failure) Analyse(Story story, string signature, Func<string, (Article Article, string ContentHash)> member)
    {
        var (analysis, failure) = IsolatedStoryAnalysis.Run(analyser, story, [.. story.ArticleIds.Select(id => member(id).Article)]);
        if (analysis is null)
        {
            return (null, failure);
        }

        return (new CachedStory(signature, analysis, analysis.Entries), null);
    }

    private static string Signature(Story story, Func<string, (Article Article, string ContentHash)> member)
    {
        var builder = new StringBuilder(story.Id).Append('\n').Append(story.Title);
        foreach (var id in story.ArticleIds)
        {
            builder.Append('\n').Append(id).Append(' ').Append(member(id).ContentHash);
            if (story.DerivedFrom.TryGetValue(id, out var source))
            {
                builder.Append(" < ").Append(source);
            }
        }

        return builder.ToString();
    }
}
