using System.Text.Json.Nodes;
using CrossCheck.Dossiers;
using NJsonSchema;

namespace CrossCheck.Tests.Dossiers;

public sealed class DossierSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(TestPaths.InRepo("docs", "schema", "dossier.v1.schema.json")).GetAwaiter().GetResult());

    [Fact]
    public void Serialized_dossier_is_valid_against_the_published_schema()
    {
        var json = DossierJson.Serialize(SampleDossier.Create());

        var errors = Schema.Value.Validate(json);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("stories[0].claims[0].status", "\"agreed\"")]
    [InlineData("articles[0].publishedFrom", "\"guess\"")]
    [InlineData("stories[0].entities[0].type", "\"animal\"")]
    [InlineData("articles[0].published", "\"22/11/2023\"")]
    public void Schema_rejects_values_outside_the_contract(string path, string value)
    {
        var node = JsonNode.Parse(DossierJson.Serialize(SampleDossier.Create()))!;
        Set(node, path, JsonNode.Parse(value));

        var errors = Schema.Value.Validate(node.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Schema_rejects_a_missing_required_member()
    {
        var node = JsonNode.Parse(DossierJson.Serialize(SampleDossier.Create()))!;
        node["stories"]![0]!["claims"]![0]!.AsObject().Remove("evidence");

        Assert.NotEmpty(Schema.Value.Validate(node.ToJsonString()));
    }

    [Fact]
    public void Serialized_form_is_the_versioned_contract()
    {
        Golden.AssertMatches(DossierJson.Serialize(SampleDossier.Create()) + "\n", "tests", "CrossCheck.Tests", "Dossiers", "Expected", "sample-dossier.v1.json");
    }

    [Fact]
    public void Round_trip_preserves_the_document()
    {
        var original = SampleDossier.Create();

        var copy = DossierJson.Deserialize(DossierJson.Serialize(original));

        Assert.Equal(DossierJson.Serialize(original), DossierJson.Serialize(copy));
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var segments = parts[i].Split('[');
            var last = i == parts.Length - 1;
            if (segments.Length == 1 && last)
            {
                node[segments[0]] = value;
                return;
            }

            node = node[segments[0]]!;
            if (segments.Length > 1)
            {
                node = node[int.Parse(segments[1], System.Globalization.CultureInfo.InvariantCulture)]!;
            }
        }
    }
}
