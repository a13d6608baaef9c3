using CrossCheck.Dossiers;

namespace CrossCheck.Tests.Alignment;

/// <summary>Dates of one happening told with a multiword verb on one side ("had taken place") and a synonym on the
/// other ("occurred") clash as dates of one verb; every report here is made up for the test.</summary>
public sealed class MultiwordPredicateDateTests
{
    private static StoryDossier Analyse(string first, string second) => TwoReports.Analyse(first, second, "Events in Vell");

    private static bool Contradicted(string first, string second)
    {
        var story = Analyse(first, second);
        return story.Claims.Where(c => c.ArticleId == "a")
            .Any(claim => claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts));
    }

    [Theory]
    [InlineData("Constable Varga was looking for Tomas Brell because he was a suspect in a stabbing that occurred near the fish market on August 3.", "Constable Varga had gone to the fish market to ask a vendor about a stabbing that had taken place on August 5.", true)]
    [InlineData("Constable Varga was looking for Tomas Brell because he was a suspect in a stabbing that occurred near the fish market on August 3.", "Constable Varga had gone to the fish market to ask a vendor about a stabbing that had taken place on August 3.", false)]
    [InlineData("A small fire in the boiler room of the Oster hotel occurred on August 9, the owners said.", "A small fire in the boiler room of the Oster hotel took place on August 12, according to the owners.", true)]
    [InlineData("A small fire in the boiler room of the Oster hotel occurred on August 9, the owners said.", "The boiler of the Oster hotel was taken apart on August 12, according to the owners.", false)]
    public void Dates_of_a_multiword_verb_and_its_synonym_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));

    [Theory]
    [InlineData("Officer Lund was searching for Pell Aske because he was a suspect in a stabbing that occurred near the harbour Tuesday, said Inspector Mara Cole.", true)]
    [InlineData("Officer Lund was searching for Pell Aske because he was a suspect in a stabbing that occurred near the harbour Thursday, said Inspector Mara Cole.", false)]
    public void A_date_in_a_relative_clause_is_scoped_to_its_noun(string first, bool clash)
    {
        const string second = "End of Watch: Friday, August 14, 2026\nOfficer Lund had gone to a flat in the town of Vell to question a man about a stabbing that had taken place the previous day.";
        Assert.Equal(clash, Contradicted(first, second));
    }
}
