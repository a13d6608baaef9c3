using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Intake;

namespace CrossCheck.Cli.Commands;

/// <summary>Reads articles from files and directories the way <c>analyze</c> does (DocumentLoader, then the
/// intake path), keeping the input ids and making repeated ids unique. A text with only a headline is kept as
/// an article whose body is that line.</summary>
internal sealed class FileArticleSource(TimeProvider time)
{
    public IReadOnlyList<Article> Read(IEnumerable<string> inputs, Action<string> reportError)
    {
        var loaded = DocumentLoader.Load(inputs);
        foreach (var error in loaded.Errors)
        {
            reportError(error.ToString());
        }

        var batch = new ArticleIntake(time, new IntakeOptions(KeepHeadlineOnly: true)).TakeAll(loaded.Documents);
        foreach (var error in batch.Errors)
        {
            reportError(error.ToString());
        }

        return batch.Articles;
    }
}
