using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using NJsonSchema;

namespace CrossCheck.Tests.Dossiers;

/// <summary>The agency a speaker spoke to ("told AFP") reaches every format, and only when the text names one.</summary>
public sealed class QuoteChannelTests
{
    private static DossierDocument WithChannel(string channel)
    {
        var document = SampleDossier.Create();
        var story = document.Stories[0];
        var quotes = story.Quotes.Select(q => q.Id == "wire-1#q1" ? q with { Channel = channel } : q).ToList();
        return document with { Stories = [story with { Quotes = quotes }] };
    }

    [Fact]
    public async Task Json_carries_the_channel_only_when_there_is_one_and_stays_valid()
    {
        var json = DossierJson.Serialize(WithChannel("Agence France-Presse"));
        var schema = await JsonSchema.FromFileAsync(TestPaths.InRepo("docs", "schema", "dossier.v1.schema.json"));

        Assert.Empty(schema.Validate(json));
        Assert.Contains("\"channel\": \"Agence France-Presse\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"channel\"", DossierJson.Serialize(SampleDossier.Create()), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_show_whom_the_speaker_spoke_to()
    {
        var document = WithChannel("Reuters");

        Assert.Contains("Mara Velt (to Reuters)", MarkdownDossierRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("Mara Velt (to Reuters)", HtmlDossierRenderer.Render(document), StringComparison.Ordinal);
    }
}
