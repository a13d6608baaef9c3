using CrossCheck.Clustering.Attribution;
using CrossCheck.Clustering.Features;
using static CrossCheck.Tests.Clustering.ClusteringFixtures;

namespace CrossCheck.Tests.Clustering;

public sealed class FeatureTests
{
    [Theory]
    [InlineData("The toll rose, according to the Associated Press.", "associated press")]
    [InlineData("Rama urged NATO to act, according to AP.", "ap")]
    [InlineData("VELDMARK (Northwire) - A quake struck.", "northwire")]
    [InlineData("The Karsk Daily reported that nine were rescued.", "karsk daily")]
    [InlineData("Earlier, the Northwire news agency reported that nine were rescued.", "northwire")]
    [InlineData("Nine were rescued, Reuters/AP reported on Sunday.", "ap")]
    [InlineData("Nine were rescued (\"Coast Herald reported\").", "coast herald")]
    [InlineData("Nine were rescued, the Vale Times said in a report.", "vale times")]
    public void Attribution_phrases_name_the_credited_outlet(string text, string expected) =>
        Assert.Contains(expected, AttributionFinder.Find(text));

    [Fact]
    public void Attribution_needs_a_name_not_a_common_noun() =>
        Assert.Empty(AttributionFinder.Find("The toll rose to 16, according to police, and officials reported more damage."));

    [Fact]
    public void Mentioned_dates_resolve_weekdays_against_the_publication_date()
    {
        var onTuesday = ProfileBuilder.Build(Make("a", "t", "The quake struck on Tuesday near the coast.", 6), 0);
        var onMarch4 = ProfileBuilder.Build(Make("b", "t", "The quake of March 4 destroyed homes.", 9), 1);
        var otherDay = ProfileBuilder.Build(Make("c", "t", "The quake of March 12 destroyed homes.", 13), 2);

        // 2025-03-06 is a Thursday: "Tuesday" is March 4.
        Assert.Contains(onTuesday.EventDates.Keys, k => onTuesday.EventDates[k] >= 1f && onMarch4.EventDates.ContainsKey(k));
        Assert.DoesNotContain(otherDay.EventDates.Keys, k => otherDay.EventDates[k] >= 1f && onMarch4.EventDates.ContainsKey(k));
    }

    [Fact]
    public void Names_are_capitalised_sequences_and_their_last_word()
    {
        var full = ProfileBuilder.Build(Make("a", "t", "Rescuers said Governor Lena Ostrava arrived.", 4), 0);
        var surname = ProfileBuilder.Build(Make("b", "t", "Later, Ostrava spoke to reporters.", 4), 1);
        var sentenceStart = ProfileBuilder.Build(Make("c", "t", "Rescuers worked all night.", 4), 2);

        Assert.NotEmpty(full.Entities.Keys.Intersect(surname.Entities.Keys));
        Assert.Empty(sentenceStart.Entities);
    }

    [Theory]
    [InlineData("troops", "troop")]
    [InlineData("cities", "city")]
    [InlineData("glass", "glass")]
    [InlineData("status", "status")]
    [InlineData("houses", "house")]
    public void Plurals_fold_to_singular(string word, string stem)
    {
        var buffer = word.ToCharArray();
        var length = LightStemmer.Stem(buffer);
        Assert.Equal(stem, new string(buffer, 0, length));
    }
}
