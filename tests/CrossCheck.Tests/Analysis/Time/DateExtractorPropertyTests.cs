using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class DateExtractorPropertyTests
{
    private static readonly string[] Fragments =
    [
        "on", "November 20", "the next day", "last Friday", "2008", "4,500", "1957-58", "yesterday", "late spring",
        "at 3 p.m.", "15:00 GMT", "Saturday", "two days later", "May", "may", "March", "in", "the", "'98", "2023-11-22",
        "22.11.2023", ",", ".", "\n", " ", "Sept.", "20th century", "1990s", "ago", "three", "years", "-", "(Reuters)",
        "SKOPJE,", "Published", "EPA-EFE/STR", "31", "February", "29", "9999", "0000-00-00", "12/31/2023", "\u2019", "é",
    ];

    private static Arbitrary<string> TextsOfFragments() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
            .Select(parts => string.Join(' ', parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Extraction_never_throws_and_offsets_stay_inside_the_text() =>
        Prop.ForAll(TextsOfFragments(), text =>
        {
            var mentions = DateExtractor.Extract(text, SentenceSplitter.Split(text), new PublicationDate(new DateOnly(2023, 11, 22)));
            return mentions.All(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End && text[m.Start..m.End] == m.Text);
        });

    [Property(MaxTest = 200)]
    public Property Extraction_without_publication_date_never_gives_relative_deictic_values(NonNull<string> raw) =>
        Prop.ForAll(TextsOfFragments(), text =>
        {
            var mentions = DateExtractor.Extract(text + raw.Get, [], published: null);
            return mentions.All(m => m.Value.Length >= 2 && char.IsAsciiDigit(m.Value[0]));
        });

    [Property(MaxTest = 300)]
    public Property Metadata_parsing_never_throws(NonNull<string> value) =>
        (PublicationDateFinder.ParseMetadata(value.Get) is var parsed && (parsed is null || parsed.Date.Year is >= 1900 and <= 2100)).ToProperty();

    [Property(MaxTest = 200)]
    public Property Finding_a_date_in_text_never_throws() =>
        Prop.ForAll(TextsOfFragments(), TextsOfFragments(), (text, caption) =>
        {
            var found = PublicationDateFinder.FromText(new Article("a", "a", "T", text, Captions: [caption]));
            return found is null || found.Date.Year is >= 1000 and <= 9999;
        });

    [Property(MaxTest = 200)]
    public Property Normalising_any_span_never_throws(NonNull<string> raw, PositiveInt a, PositiveInt b) =>
        Prop.ForAll(TextsOfFragments(), text =>
        {
            var sentence = text + raw.Get;
            if (sentence.Length == 0)
            {
                return true;
            }

            var start = a.Get % sentence.Length;
            var length = b.Get % (sentence.Length - start + 1);
            var value = TimexNormalizer.Normalize(sentence, start, length, new DateOnly(2013, 3, 22), anchor: null);
            return value is null || value.Value.Length > 0;
        });
}
