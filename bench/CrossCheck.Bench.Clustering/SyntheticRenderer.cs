using System.Globalization;
using System.Text;
using static CrossCheck.Bench.Clustering.SyntheticVocabulary;

namespace CrossCheck.Bench.Clustering;

/// <summary>Renders a planned article's title and text from its seed; a rewrite re-renders its source and edits it.</summary>
internal sealed class SyntheticRenderer(IReadOnlyList<SyntheticSpec> byIndex)
{
    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string OutletName(int outlet) => OutletNames[outlet % OutletNames.Length];

    private static readonly string[] OutletNames = BuildOutlets();

    public (string Title, string Text) Render(SyntheticSpec spec)
    {
        var random = new Random(spec.Seed);
        switch (spec.Role)
        {
            case SyntheticRole.Rewrite:
            {
                var source = Sentences(byIndex[spec.Source]);
                var kept = source.Where(_ => random.NextDouble() < 0.85).Select(s => Edit(s, spec.Story, random)).ToList();
                if (random.Next(2) == 0)
                {
                    kept.Add(Sentence(spec.Story, random, spec.Published));
                }

                return (Title(spec.Story, random), string.Join(" ", kept));
            }

            case SyntheticRole.Excerpt:
            {
                var source = Sentences(byIndex[spec.Source]);
                var from = random.Next(Math.Max(1, source.Count - 3));
                return (Title(spec.Story, random), string.Join(" ", source.Skip(from).Take(4)));
            }

            case SyntheticRole.Embed:
            {
                var own = Own(spec, random, 10);
                return (Title(spec.Story, random), string.Join(" ", own.Take(2).Concat(Sentences(byIndex[spec.Source])).Concat(own.Skip(2))));
            }

            case SyntheticRole.Credit:
            {
                var own = Own(spec, random, 6 + random.Next(6));
                own.Insert(1, $"{Cap(spec.Story.Kind.Nouns[0])} {spec.Story.Kind.Verbs[0]} {spec.Story.Town}, according to {OutletName(byIndex[spec.Source].Outlet)}.");
                return (Title(spec.Story, random), string.Join(" ", own));
            }

            default:
                return (Title(spec.Story, random), string.Join(" ", Own(spec, random, 6 + random.Next(10))));
        }
    }

    private List<string> Sentences(SyntheticSpec spec)
    {
        var (_, text) = Render(spec);
        return [.. text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(s => s.EndsWith('.') ? s : s + ".")];
    }

    private static List<string> Own(SyntheticSpec spec, Random random, int count)
    {
        var sentences = new List<string> { Lead(spec.Story, random, spec.Published) };
        for (var i = 1; i < count; i++)
        {
            sentences.Add(random.NextDouble() < 0.1 ? Sentence(Noise(random), random, spec.Published) : Sentence(spec.Story, random, spec.Published));
        }

        return sentences;
    }

    private static SyntheticStory Noise(Random random) =>
        new(-1, Kinds[random.Next(Kinds.Length)], Name(random, 2), Name(random, 2), [Name(random, 2) + " " + Name(random, 2)], Name(random, 2) + " Group", Name(random, 2), [random.Next(99), random.Next(999), random.Next(40)], new DateOnly(2025, 1, 1).AddDays(random.Next(30)));

    private static string Lead(SyntheticStory story, Random random, DateTime? published)
    {
        var k = story.Kind;
        return $"A {Pick(k.Adjectives, random)} {k.Nouns[random.Next(2)]} {Pick(k.Verbs, random)} {story.Town} in the {story.Province} province {When(story, random, published)}, with {story.Numbers[0]} {k.Counted[0]} reported.";
    }

    private static string Sentence(SyntheticStory story, Random random, DateTime? published)
    {
        var k = story.Kind;
        var person = story.People[random.Next(story.People.Length)];
        return random.Next(7) switch
        {
            0 => $"{person} said the {Pick(k.Nouns, random)} {Pick(k.Verbs, random)} {Pick(Newsroom, random)} near {story.Town}.",
            1 => $"{story.Org} {Pick(Newsroom, random)} {Pick(k.Verbs, random)} {story.Numbers[1]} {Pick(k.Counted, random)} {When(story, random, published)}.",
            2 => $"\"The {Pick(k.Nouns, random)} is {Pick(k.Adjectives, random)} and the {Pick(Newsroom, random)} is {Pick(k.Adjectives, random)},\" {person} told reporters.",
            3 => $"President {story.Leader} {Pick(Newsroom, random)} the {Pick(Newsroom, random)} {Pick(Newsroom, random)} in the {story.Province} province.",
            4 => $"The {Pick(Newsroom, random)} {Pick(k.Verbs, random)} {story.Numbers[2]} {Pick(k.Nouns, random)} while {Pick(Newsroom, random)} {Pick(Newsroom, random)} the {Pick(k.Nouns, random)}.",
            5 => $"{Cap(Pick(Newsroom, random))} in {story.Town} {Pick(k.Verbs, random)} the {Pick(k.Adjectives, random)} {Pick(k.Nouns, random)} and {Pick(Newsroom, random)} {Pick(Newsroom, random)}.",
            _ => $"{person} of the {story.Org} {Pick(Newsroom, random)} {Pick(k.Nouns, random)} {Pick(Newsroom, random)} {Pick(k.Nouns, random)}.",
        };
    }

    private static string When(SyntheticStory story, Random random, DateTime? published) =>
        published is not null && random.Next(2) == 0
            ? "on " + Weekdays[(int)story.EventDate.DayOfWeek]
            : "on " + story.EventDate.ToString("MMMM d", CultureInfo.InvariantCulture);

    private static string Edit(string sentence, SyntheticStory story, Random random)
    {
        if (random.NextDouble() < 0.6)
        {
            return sentence;
        }

        var words = sentence.Split(' ');
        var at = random.Next(words.Length);
        if (!char.IsUpper(words[at][0]))
        {
            words[at] = Pick(story.Kind.Nouns, random);
        }

        return string.Join(" ", words);
    }

    private static string Title(SyntheticStory story, Random random) =>
        $"{Cap(Pick(story.Kind.Nouns, random))} {Pick(story.Kind.Verbs, random)} {story.Town}";

    private static string Pick(string[] words, Random random) => words[random.Next(words.Length)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] BuildOutlets()
    {
        var random = new Random(7);
        string[] forms = ["{0} Herald", "{0} News", "{0}wire", "The {0} Times", "{0} Post", "Radio {0}"];
        return [.. Enumerable.Range(0, 300).Select(i => string.Format(CultureInfo.InvariantCulture, forms[i % forms.Length], Name(random, 2 + (i % 2))))];
    }
}
