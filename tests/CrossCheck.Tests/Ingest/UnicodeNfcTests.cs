using CrossCheck.Ingest.Decoding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Ingest;

public sealed class UnicodeNfcTests
{
    // Expected values computed with Python's unicodedata.normalize("NFC", ...) (Unicode 14).
    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("Cafe\u0301 cre\u0300me", "Caf\u00E9 cr\u00E8me")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u304B\u3099", "\u304C")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("\u1E9B\u0323", "\u1E9B\u0323")]
    [InlineData("\u0301\u11A8\u0327", "\u0301\u11A8\u0327")]
    [InlineData("A\u1161\uFB2Ca\u0344", "A\u1161\u05E9\u05BC\u05C1\u00E4\u0301")]
    [InlineData("\uAC00o\u0302o", "\uAC00\u00F4o")]
    [InlineData("\u0958A", "\u0915\u093CA")]
    [InlineData("\u212B\u0958\U0001D15E\u0300A", "\u00C5\u0915\u093C\U0001D157\U0001D165\u0300A")]
    [InlineData("\uFB2C\u0327\u0323\u1161A", "\u05E9\u05BC\u05C1\u0327\u0323\u1161A")]
    [InlineData("\u3099o\uFB2Ca\u00C7", "\u3099o\u05E9\u05BC\u05C1a\u00C7")]
    public void Normalizes_like_the_unicode_reference(string input, string expected) =>
        Assert.Equal(expected, UnicodeNfc.Normalize(input));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        Assert.Equal("\u00E9\uFFFDx", UnicodeNfc.Normalize("e\u0301\uD800x"));
    }

    [Fact]
    public void Returns_the_same_instance_when_already_normalized()
    {
        const string text = "Plain ASCII and caf\u00E9";
        Assert.Same(text, UnicodeNfc.Normalize(text));
    }

    [Property(MaxTest = 300)]
    public Property Normalization_is_idempotent()
    {
        char[] pool = ['e', 'A', '\u0301', '\u0300', '\u0323', '\u0302', '\u212B', '\u1100', '\u1161', '\u11A8', '\uAC00', '\u0344', '\uFB2C', '\u00C7', '\u0327', '\u3099', '\u304B', ' '];
        var gen = Gen.ArrayOf(Gen.Elements(pool)).Select(chars => new string(chars));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var once = UnicodeNfc.Normalize(text);
            return once == UnicodeNfc.Normalize(once);
        });
    }
}
