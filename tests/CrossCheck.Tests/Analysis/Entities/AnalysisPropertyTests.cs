using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Analysis.Entities;

/// <summary>Random and mutated text never makes the entity, quote or quantity stages throw, and every
/// offset they return lies inside the text and matches the reported text.</summary>
public sealed class AnalysisPropertyTests
{
    private static readonly string Seed = SeedArticles.Load(SeedArticles.Rama).Text + "\n" + SeedArticles.Load(SeedArticles.Balkan).Text;

    private static readonly char[] Noise = ['“', '”', '"', '‘', '’', '\'', ',', '.', '\n', ' ', '-', '%', '$', '1', '0', 'A', 's', ':'];

    [Property(MaxTest = 300)]
    public bool Random_text_gives_valid_spans(NonNull<string> input) => SpansAreValid(input.Get);

    [Property(MaxTest = 200)]
    public Property Mutated_seed_text_gives_valid_spans() =>
        Prop.ForAll(Mutations().ToArbitrary(), mutation => SpansAreValid(Apply(mutation)));

    private static Gen<(int Position, int Delete, char Insert)[]> Mutations() =>
        Gen.ArrayOf(
            Gen.Choose(0, Seed.Length).SelectMany(
                p => Gen.Choose(0, 5).SelectMany(
                    d => Gen.Elements(Noise).Select(c => (p, d, c)))));

    private static string Apply((int Position, int Delete, char Insert)[] mutations)
    {
        var text = Seed;
        foreach (var (position, delete, insert) in mutations)
        {
            var at = Math.Min(position, text.Length);
            text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, insert.ToString());
        }

        return text;
    }

    private static bool SpansAreValid(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var mentions = EntityRecognizer.Recognize(text, sentences);
        var quotes = QuoteExtractor.Extract(text, sentences, mentions);
        var quantities = QuantityExtractor.Extract(text, sentences);
        return mentions.All(m => Inside(text, m.Start, m.End) && text[m.Start..m.End] == m.Text)
            && quotes.All(q => Inside(text, q.Start, q.End) && text[q.Start..q.End] == q.Text
                               && (q.Speaker is null || mentions.Any(m => m.Start == q.Speaker.Start && m.End == q.Speaker.End)))
            && quantities.All(q => Inside(text, q.Start, q.End) && text[q.Start..q.End] == q.Text && !double.IsNaN(q.Value));
    }

    private static bool Inside(string text, int start, int end) => start >= 0 && start < end && end <= text.Length;
}
