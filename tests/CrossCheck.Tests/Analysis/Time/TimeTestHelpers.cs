using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Time;

internal static class TimeTestHelpers
{
    public static readonly PublicationDate Published = new(new DateOnly(2023, 11, 22));

    public static IReadOnlyList<DateMention> Extract(string text, PublicationDate? published) =>
        DateExtractor.Extract(text, SentenceSplitter.Split(text), published);

    /// <summary>The value found for the first mention whose text is <paramref name="expression"/>.</summary>
    public static string? ValueOf(string text, string expression, PublicationDate? published) =>
        Extract(text, published).FirstOrDefault(m => m.Text == expression)?.Value;

    /// <summary>The folder holding CrossCheck.slnx, searched upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrossCheck.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrossCheck.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string SeedPath(string prefix)
    {
        var seeds = Path.Combine(RepositoryRoot(), "..", "shared", "seeds");
        return Directory.GetFiles(seeds, prefix + "_*.txt").Single();
    }
}
