using CrossCheck.Extraction;
using static CrossCheck.Tests.Extraction.ExtractionFixtures;

namespace CrossCheck.Tests.Extraction;

/// <summary>Containers named both as content and as furniture ("entry author-x", "widget blog") are judged
/// against the text left once pure furniture (comments, sidebars) is gone (decision 253).</summary>
public sealed class FurnitureNamingTests
{
    private const string Post =
        "<p>The allotment society voted on Saturday to open ten new plots beside the railway embankment, its secretary said.</p>"
        + "<p>Members had waited more than two years for the land, which the rail company leased to the society for a nominal rent.</p>";

    private static string Comments(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<div class=\"comment\"><p>Reader {i} wrote a long reply about soil, rainfall, slugs and the price of seed potatoes this spring, and asked when the plots would be ready.</p></div>"));

    private static string? Text(string body) =>
        ArticleExtractor.Extract(Html($"<html><head><title>Plots</title></head><body>{body}</body></html>"), Clock()).Article?.Text;

    [Fact]
    public void A_post_named_with_a_furniture_word_survives_a_longer_comment_thread()
    {
        var text = Text($"<div class=\"entry entry-author-jane\">{Post}</div><div class=\"comments\">{Comments(8)}</div>");

        Assert.NotNull(text);
        Assert.Contains("ten new plots", text, StringComparison.Ordinal);
        Assert.Contains("nominal rent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_written_as_line_breaks_counts_by_its_unlinked_text_not_its_paragraphs()
    {
        const string lines = "The ferry timetable changes on Monday, with the first crossing at half past five.<br><br>"
            + "Passengers with season tickets keep their fares until the end of the year, the operator said.<br><br>"
            + "Two late sailings on Fridays are dropped because too few people used them last winter.";
        var text = Text($"<div class=\"widget blog\"><div class=\"post-body\">{lines}</div></div><div class=\"comments\">{Comments(6)}</div>"
            + "<div class=\"sidebar\"><ul><li><a href=\"/a\">Archive</a></li><li><a href=\"/b\">About</a></li></ul></div>");

        Assert.NotNull(text);
        Assert.Contains("first crossing at half past five", text, StringComparison.Ordinal);
        Assert.Contains("late sailings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_block_named_both_ways_is_still_furniture()
    {
        var text = Text($"<article>{Post}<div class=\"post-tags\"><p>Filed under gardening, railways and local news for members.</p></div></article>");

        Assert.NotNull(text);
        Assert.Contains("ten new plots", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filed under", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuation_named_more_that_reads_as_prose_is_kept_and_a_more_link_list_is_not()
    {
        const string continuation = "<div id=\"extended-more\">"
            + "<p>The observatory said the comet would be brightest on Thursday night, low in the western sky after sunset, and visible without a telescope away from city lights.</p>"
            + "<p>Astronomers expect it to fade quickly afterwards as it moves away from the sun, and it will not return for several thousand years.</p></div>";
        const string links = "<div class=\"more-stories\"><p><a href=\"/1\">Council approves the new cycle lanes on the ring road</a></p>"
            + "<p><a href=\"/2\">School holidays extended by a week after the heating failure</a></p></div>";
        var text = Text($"<div class=\"post\"><p>A comet discovered in March will pass closest to the earth this week, the observatory said on Monday.</p>{continuation}</div>"
            + links + $"<div class=\"comments\">{Comments(8)}</div>");

        Assert.NotNull(text);
        Assert.Contains("brightest on Thursday night", text, StringComparison.Ordinal);
        Assert.Contains("several thousand years", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cycle lanes", text, StringComparison.Ordinal);
    }
}
