using CrossCheck.Outlets;

namespace CrossCheck.Tests.Outlets;

public sealed class OutletNamesTests
{
    [Theory]
    [InlineData("AP", "Associated Press", true)]
    [InlineData("the Associated Press", "AP News", true)]
    [InlineData("Reuters", "Thomson Reuters", true)]
    [InlineData("AFP", "Agence France-Presse", true)]
    [InlineData("The Guardian", "guardian", true)]
    [InlineData("AP", "apnews.com", true)]
    [InlineData("AP", "Balkan Insight", false)]
    [InlineData("police", "Daily Herald", false)]
    [InlineData("Reuters", "Northwire", false)]
    [InlineData("the Tribune", "Chicago Tribune", true)]
    [InlineData("Tesk", "Tesk Island Bulletin", false)]
    [InlineData("Marrow", "The Marrow Evening Star", false)]
    public void Outlet_names_match_by_acronym_and_name(string a, string b, bool same) =>
        Assert.Equal(same, OutletNames.Same(OutletNames.Normalise(a), OutletNames.Normalise(b)));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("--")]
    public void A_name_with_no_words_is_no_outlet(string? name)
    {
        Assert.Null(OutletNames.Normalise(name));
        Assert.False(OutletNames.Same(OutletNames.Normalise(name), "ap"));
    }
}
