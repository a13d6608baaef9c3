using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text.Embeddings;

public sealed class SentenceKeyTests
{
    [Fact]
    public void The_same_text_has_the_same_key_and_another_text_another()
    {
        Assert.Equal(SentenceKey.Of("The Orvel bridge reopened on Friday."), SentenceKey.Of("The Orvel bridge reopened on Friday."));
        Assert.NotEqual(SentenceKey.Of("The Orvel bridge reopened on Friday."), SentenceKey.Of("The Orvel bridge reopened on Saturday."));
        Assert.NotEqual(SentenceKey.Of("the orvel bridge"), SentenceKey.Of("The Orvel bridge"));
    }

    // The key is of what the model reads: quotation marks and dashes folded, as SentenceEmbedder folds them.
    [Theory]
    [InlineData("“We stay,” the mayor of Tressa said — twice.", "\"We stay,\" the mayor of Tressa said - twice.")]
    [InlineData("The union’s offer was 4–5 percent.", "The union's offer was 4-5 percent.")]
    public void Typographic_variants_share_a_key(string typographic, string ascii) =>
        Assert.Equal(SentenceKey.Of(ascii), SentenceKey.Of(typographic));

    [Fact]
    public void A_key_is_the_sha256_of_the_folded_utf8_text()
    {
        var text = "Škoda’s plant in Mladá reopened.";
        var expected = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("Škoda's plant in Mladá reopened."));

        Assert.Equal(expected, SentenceKey.Of(text).ToBytes());
        Assert.Equal(Convert.ToHexStringLower(expected), SentenceKey.Of(text).ToString());
    }

    [Fact]
    public void Keys_round_trip_through_their_bytes_even_for_long_texts()
    {
        var longText = string.Concat(Enumerable.Repeat("The Kessel tunnel report ran to many pages. ", 200));
        foreach (var key in new[] { SentenceKey.Of(""), SentenceKey.Of("Short."), SentenceKey.Of(longText) })
        {
            Assert.Equal(key, SentenceKey.FromBytes(key.ToBytes()));
        }

        Assert.Throws<ArgumentException>(() => SentenceKey.FromBytes(new byte[31]));
    }
}
