using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using static CrossCheck.Tests.Analysis.Time.TimeTestHelpers;

namespace CrossCheck.Tests.Analysis.Time;

/// <summary>The two founding reports (shared/seeds beside the repository).</summary>
public sealed class SeedTests
{
    [Fact]
    public void Seed_001_dates_resolve_against_the_publication_date()
    {
        var (_, body) = SplitCaption(File.ReadAllText(SeedPath("001")));

        var mentions = Extract(body, Published);

        Assert.Contains(mentions, m => m.Text == "November 22" && m.Value == "2023-11-22");
        Assert.Contains(mentions, m => m.Text == "November 20" && m.Value == "2023-11-20" && m.Relative);
        Assert.Contains(mentions, m => m.Text == "The next day" && m.Value == "2023-11-21" && m.Relative);
        Assert.Contains(mentions, m => m.Text == "2008" && m.Value == "2008" && m.Granularity == DateGranularity.Year);
        Assert.All(mentions, m => Assert.Equal(m.Text, body[m.Start..m.End]));
    }

    [Fact]
    public void Seed_000_dates_resolve_against_the_publication_date()
    {
        var text = File.ReadAllText(SeedPath("000"));

        var mentions = Extract(text, Published);

        Assert.Contains(mentions, m => m.Text == "September 24, 2023" && m.Value == "2023-09-24" && !m.Relative);
        Assert.Contains(mentions, m => m.Text == "late spring" && m.Value == "2023-SP" && m.Granularity == DateGranularity.Season);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("50,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_001_caption_in_captions_gives_the_publication_date()
    {
        var (caption, body) = SplitCaption(File.ReadAllText(SeedPath("001")));
        var article = new Article("001", "001.txt", "Rama", body, Captions: [caption]);

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Fact]
    public void Seed_001_caption_left_as_first_line_gives_the_publication_date()
    {
        var article = new Article("001", "001.txt", "Rama", File.ReadAllText(SeedPath("001")));

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Fact]
    public void Seed_001_caption_left_as_last_line_gives_the_publication_date()
    {
        var (caption, body) = SplitCaption(File.ReadAllText(SeedPath("001")));
        var article = new Article("001", "001.txt", "Rama", "Rama calls for more NATO troops.\n\n" + body + "\n\n" + caption);

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Fact]
    public void Seed_000_has_no_date_of_its_own()
    {
        var article = new Article("000", "000.txt", "Kosovo", File.ReadAllText(SeedPath("000")));

        Assert.Null(PublicationDateFinder.FromText(article));
    }

    private static (string Caption, string Body) SplitCaption(string text)
    {
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        return (text[..firstBreak].Trim(), text[(firstBreak + 1)..].TrimStart());
    }
}
