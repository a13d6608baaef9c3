using System.Text;
using CrossCheck.Dossiers;

namespace CrossCheck.Tests.Dossiers;

public sealed class StreamedDossierJsonTests
{
    [Fact]
    public void Writing_stories_one_at_a_time_gives_the_bytes_of_the_whole_document()
    {
        var document = SampleDossier.Create("He said \"the <dam> held\" — at 5 °C.");
        var twice = document with { Stories = [document.Stories[0], document.Stories[0] with { Id = "story-2" }] };
        using var whole = new MemoryStream();
        using var streamed = new MemoryStream();

        DossierJson.Serialize(whole, twice);
        DossierJson.Serialize(streamed, twice.Articles, twice.Stories);

        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
    }

    [Fact]
    public void A_stream_without_stories_is_still_a_valid_document()
    {
        var document = SampleDossier.Create();
        using var streamed = new MemoryStream();

        DossierJson.Serialize(streamed, document.Articles, []);

        var read = DossierJson.Deserialize(Encoding.UTF8.GetString(streamed.ToArray()));
        Assert.Equal(DossierDocument.CurrentSchemaVersion, read.SchemaVersion);
        Assert.Equal(document.Articles.Count, read.Articles.Count);
        Assert.Empty(read.Stories);
    }

    [Fact]
    public void Each_story_is_taken_only_after_the_previous_one_was_written()
    {
        var document = SampleDossier.Create();
        using var streamed = new MemoryStream();
        var lengthsWhenTaken = new List<long>();

        DossierJson.Serialize(streamed, document.Articles, Stories());

        Assert.Equal(3, lengthsWhenTaken.Count);
        Assert.True(lengthsWhenTaken[1] > lengthsWhenTaken[0] && lengthsWhenTaken[2] > lengthsWhenTaken[1], string.Join(", ", lengthsWhenTaken));

        IEnumerable<StoryDossier> Stories()
        {
            for (var i = 0; i < 3; i++)
            {
                lengthsWhenTaken.Add(streamed.Length);
                yield return document.Stories[0] with { Id = $"story-{i}" };
            }
        }
    }
}
