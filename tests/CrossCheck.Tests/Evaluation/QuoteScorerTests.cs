using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class QuoteScorerTests
{
    private static DossierDocument WithQuotes(Func<IReadOnlyList<QuoteEntry>, IReadOnlyList<QuoteEntry>> change) =>
        SmallGold.WithStory(SmallGold.Perfect, s => s with { Quotes = change(s.Quotes) });

    [Fact]
    public void Perfect_quotes_links_and_speakers_score_one()
    {
        Assert.Equal(1.0, SmallGold.Section(SmallGold.Perfect, EvaluationSections.Quotes).F1);
        Assert.Equal(1.0, SmallGold.Section(SmallGold.Perfect, EvaluationSections.QuoteLinks).F1);
        Assert.Equal(1.0, SmallGold.Section(SmallGold.Perfect, EvaluationSections.Speakers).F1);
    }

    [Fact]
    public void A_quote_cut_to_less_than_half_is_not_matched()
    {
        var document = WithQuotes(qs => qs.Select(q => q with { Text = q.Text[..8] }).ToList());

        var quotes = SmallGold.Section(document, EvaluationSections.Quotes);

        Assert.Equal(0.0, quotes.F1);
    }

    [Fact]
    public void An_extra_quote_costs_precision_only()
    {
        var extra = new QuoteEntry("x", "a", "Someone", null, "An invented remark", false, null, [], []);
        var document = WithQuotes(qs => [.. qs, extra]);

        var quotes = SmallGold.Section(document, EvaluationSections.Quotes);

        Assert.Equal(1.0, quotes.Recall);
        Assert.Equal(2.0 / 3, quotes.Precision, 3);
    }

    [Fact]
    public void Missing_links_cost_recall_and_wrong_links_cost_precision()
    {
        var unlinked = WithQuotes(qs => qs.Select(q => q with { SameAs = [] }).ToList());
        var extra = new QuoteEntry("x", "a", "Someone", null, "An invented remark", false, null, ["small#b1"], []);
        var wronglyLinked = WithQuotes(qs => [.. qs, extra]);

        var missing = SmallGold.Section(unlinked, EvaluationSections.QuoteLinks);
        var wrong = SmallGold.Section(wronglyLinked, EvaluationSections.QuoteLinks);

        Assert.Equal(0.0, missing.Recall);
        Assert.Equal(1.0, wrong.Recall);
        Assert.Equal(0.5, wrong.Precision);
    }

    [Theory]
    [InlineData("Oduya", 1.0)]
    [InlineData("Mayor Katrin Oduya", 1.0)]
    [InlineData("katrin oduya", 1.0)]
    [InlineData("Pavel Strand", 0.0)]
    [InlineData("Katrin", 0.0)]
    public void Speaker_matches_the_name_an_alias_or_a_longer_name(string speaker, double expected)
    {
        var document = WithQuotes(qs => qs.Select(q => q with { Speaker = speaker }).ToList());

        var speakers = SmallGold.Section(document, EvaluationSections.Speakers);

        Assert.Equal(expected, speakers.Recall);
    }

    [Fact]
    public void Quotes_without_a_speaker_cost_recall_not_precision()
    {
        var document = WithQuotes(qs => qs.Select((q, i) => i == 0 ? q with { Speaker = null } : q).ToList());

        var speakers = SmallGold.Section(document, EvaluationSections.Speakers);

        Assert.Equal(1.0, speakers.Precision);
        Assert.Equal(0.5, speakers.Recall);
    }
}
