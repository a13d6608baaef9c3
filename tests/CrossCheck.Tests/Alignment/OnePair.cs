using CrossCheck.Alignment;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Alignment;

/// <summary>One pair judged through the path <c>relate</c> and <c>analyze</c> take (<see cref="PairRelator"/>): how text
/// a bears on the claims of text b.</summary>
internal static class OnePair
{
    public static PairVerdict Relate(string a, string b) =>
        PairRelator.Relate([new TextPair("p", a, b)], SentenceEmbedder.Shared).Single();
}
