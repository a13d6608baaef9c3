using CrossCheck.Alignment;
using CrossCheck.Analysis.Time;
using CrossCheck.Tests.Alignment;
using static CrossCheck.Tests.Analysis.Time.TimeTestHelpers;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class DateRolesTests
{
    [Theory]
    [InlineData("Rescuers reached the miners, emergency officials said on Wednesday.", "Wednesday", true)]
    [InlineData("The ministry announced Monday that the bridge would reopen.", "Monday", true)]
    [InlineData("The mayor told reporters late on Friday that the ban stands.", "Friday", true)]
    [InlineData("The company said in a statement on Tuesday it would appeal.", "Tuesday", true)]
    [InlineData("The tunnel collapsed on Tuesday, the operator said.", "Tuesday", false)]
    [InlineData("Officials said the ban would start on Monday.", "Monday", false)]
    [InlineData("The council voted on Thursday to close the old town to cars.", "Thursday", false)]
    [InlineData("The merger was announced on Thursday after months of talks.", "Thursday", false)]
    [InlineData("Two more deaths were confirmed on Sunday by the health ministry.", "Sunday", false)]
    [InlineData("It was announced on Monday that the bridge would reopen.", "Monday", true)]
    public void Dates_of_the_statement_are_told_from_dates_of_the_event(string text, string date, bool ofStatement) =>
        Assert.Equal(ofStatement ? DateRole.Statement : DateRole.Event, DateRoles.Of(text, text.IndexOf(date, StringComparison.Ordinal)));

    [Fact]
    public void The_date_extractor_carries_the_role_of_each_date()
    {
        var dates = Extract("The tunnel collapsed on Tuesday, officials said on Wednesday.", Published);

        Assert.Equal(DateRole.Event, dates.Single(d => d.Text == "Tuesday").Role);
        Assert.Equal(DateRole.Statement, dates.Single(d => d.Text == "Wednesday").Role);
    }

    [Fact]
    public void A_report_dated_by_its_statement_does_not_clash_with_the_day_of_the_event()
    {
        var a = new ArticleBuilder("a", "Seven miners were trapped after a tunnel collapsed at the Zarek mine on Tuesday.")
            .Entity("Zarek", "zarek").Date("Tuesday", "2025-10-07");
        var b = new ArticleBuilder("b", "Seven miners were trapped after a tunnel collapsed at the Zarek mine, officials said on Wednesday.")
            .Entity("Zarek", "zarek").Date("Wednesday", "2025-10-08");
        var (story, analysed, entities) = StoryFixture.Build(null, [a, b]);

        var claims = ClaimAligner.Align(story, analysed, entities, new FakeLexicon(), AlignmentThresholds.Default);

        Assert.All(claims, c => Assert.NotEqual(ClaimStatus.Contradicted, c.Status));
        Assert.Equal(ClaimStatus.Corroborated, claims.Single(c => c.ArticleId == "b").Status);
    }
}
