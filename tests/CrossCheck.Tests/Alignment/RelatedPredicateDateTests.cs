namespace CrossCheck.Tests.Alignment;

/// <summary>Dates of one happening told with related verbs (a manner of the other, as WordNet relates them:
/// "returned" / "moved back", "shot" / "killed") clash when both sentences name the same person; hedged relative
/// dates ("around six weeks ago") are dates. Every report here is made up for the test.</summary>
public sealed class RelatedPredicateDateTests
{
    private static bool Contradicted(string first, string second) => TwoReports.Contradicted(first, second, title: "Events in Vell");

    [Theory]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around three weeks ago, the orchestra said.", true)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around ten weeks ago, the orchestra said.", false)]
    // A rounded count one unit apart clashes, hedged or not (decision 475: the spans meet only at a point).
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around nine weeks ago, the orchestra said.", true)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around eight weeks ago, the orchestra said.", true)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Jon Hale had moved back to Vell around three weeks ago, the orchestra said.", false)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra signed a new contract with the Vell orchestra around three weeks ago.", false)]
    public void Relative_dates_of_a_return_and_a_move_back_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));

    [Theory]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Tomas Irle on Thursday outside the Oster freight depot.", true)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "Prosecutors say a police sergeant killed Tomas Irle on Thursday.", true)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Tomas Irle on Tuesday outside the Oster freight depot.", false)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Marek Sobel on Thursday outside the Oster freight depot.", false)]
    public void Days_of_one_killing_told_with_related_verbs_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));
}
