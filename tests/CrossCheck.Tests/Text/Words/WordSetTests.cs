using CrossCheck.Text;

namespace CrossCheck.Tests.Text.Words;

public sealed class WordSetTests
{
    [Fact]
    public void Each_function_word_set_extends_the_shared_core()
    {
        Assert.Superset(FunctionWords.Core.ToHashSet(), FunctionWords.NeverNames.ToHashSet());
        Assert.Superset(FunctionWords.Core.ToHashSet(), FunctionWords.Uncheckable.ToHashSet());
        Assert.Superset(FunctionWords.Core.ToHashSet(), FunctionWords.TopicNeutral.ToHashSet());
    }

    [Theory]
    [InlineData("the", true, true, true)]
    [InlineData("according", true, true, true)]
    [InlineData("said", false, true, true)]
    [InlineData("mr", true, false, true)]
    [InlineData("moreover", false, true, false)]
    [InlineData("monday", false, false, true)]
    [InlineData("meanwhile", true, false, false)]
    [InlineData("bridge", false, false, false)]
    public void Each_function_word_set_serves_its_purpose(string word, bool neverName, bool uncheckable, bool topicNeutral)
    {
        Assert.Equal(neverName, FunctionWords.Contains(word));
        Assert.Equal(uncheckable, FunctionWords.IsUncheckable(word));
        Assert.Equal(topicNeutral, FunctionWords.IsTopicNeutral(word.AsSpan()));
    }

    [Fact]
    public void Function_words_are_looked_up_as_written()
    {
        Assert.False(FunctionWords.Contains("The"));
        Assert.False(FunctionWords.IsTopicNeutral("The".AsSpan()));
    }

    [Theory]
    [InlineData("not", true)]
    [InlineData("doesn't", true)]
    [InlineData("won’t", true)]
    [InlineData("denied", true)]
    [InlineData("cannot", true)]
    [InlineData("nowhere", false)]
    [InlineData("knot", false)]
    public void Polarity_cues_are_the_negators_and_the_forms_of_deny(string word, bool cue) =>
        Assert.Equal(cue, NegationWords.IsPolarityCue(word));

    [Fact]
    public void Negators_ignore_case_and_include_nowhere()
    {
        Assert.Contains("Nowhere", (IReadOnlySet<string>)NegationWords.Negators);
        Assert.Contains("NEVER", (IReadOnlySet<string>)NegationWords.Negators);
    }

    [Fact]
    public void Name_connectors_extend_the_common_ones()
    {
        Assert.Superset(NameWords.CommonConnectors.ToHashSet(), NameWords.Connectors.ToHashSet());
        Assert.True(NameWords.IsNameConnector("ibn"));
        Assert.False(NameWords.IsCommonConnector("ibn".AsSpan()));
        Assert.True(NameWords.IsCommonConnector("van".AsSpan()));
    }

    [Theory]
    [InlineData("first", 1)]
    [InlineData("twelfth", 12)]
    public void Ranks_are_read_from_the_ordinal_words_up_to_twelfth(string word, int rank) =>
        Assert.Equal(rank, NumberWords.RankOrdinal(word));

    [Fact]
    public void Larger_ordinal_words_are_not_ranks_but_are_ordinals()
    {
        Assert.Null(NumberWords.RankOrdinal("thirteenth"));
        Assert.Equal(21, TimeWords.Ordinal("twenty first"));
        Assert.Equal(13, TimeWords.Ordinal("Thirteenth"));
    }

    [Theory]
    [InlineData("three", 3)]
    [InlineData("Twenty-five", 25)]
    [InlineData("a couple of", 2)]
    [InlineData("a dozen", 12)]
    [InlineData("an", 1)]
    public void Counts_are_the_number_words_and_the_article_phrases(string text, int value) =>
        Assert.Equal(value, TimeWords.Number(text));

    [Fact]
    public void Zero_is_a_number_word_but_not_a_count()
    {
        Assert.True(NumberWords.IsUnit("zero"));
        Assert.Null(TimeWords.Number("zero"));
    }

    [Theory]
    [InlineData("sept.", true)]
    [InlineData("monday", true)]
    [InlineData("may", true)]
    [InlineData("mayor", false)]
    public void Calendar_words_are_month_and_weekday_names(string word, bool calendar) =>
        Assert.Equal(calendar, TimeWords.IsCalendarWord(word));

    [Fact]
    public void Tense_boundary_prepositions_are_future_words()
    {
        Assert.Superset(TenseWords.BoundaryPrepositions.ToHashSet(), TenseWords.Future.ToHashSet());
    }

    [Fact]
    public void Hedges_and_reporting_verbs_are_separate_concepts()
    {
        Assert.Contains("say", (IReadOnlySet<string>)ReportingVerbs.Lemmas);
        Assert.Contains("Said", (IReadOnlySet<string>)HedgeWords.ImpersonalParticiples);
        Assert.DoesNotContain("seem", (IReadOnlySet<string>)ReportingVerbs.Lemmas);
        Assert.Contains("seem", (IReadOnlySet<string>)HedgeWords.SeemVerbs);
    }

    [Fact]
    public void Qualifier_phrases_are_lower_case()
    {
        Assert.All(QualifierWords.BeforeNumber.Keys.Concat(QualifierWords.AfterNumber.Keys), key => Assert.Equal(key.ToLowerInvariant(), key));
    }
}
