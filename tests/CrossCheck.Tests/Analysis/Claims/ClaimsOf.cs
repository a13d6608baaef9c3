using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

/// <summary>The claims the extractor finds in one made-up text (article id "a"), for the claim tests.</summary>
internal static class ClaimsOf
{
    public static IReadOnlyList<Claim> Text(string text) => ClaimExtractor.Extract("a", text, SentenceSplitter.Split(text));

    /// <summary>The one claim of a text that must hold exactly one.</summary>
    public static Claim Only(string text) => Assert.Single(Text(text));
}
