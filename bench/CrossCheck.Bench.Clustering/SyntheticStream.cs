using static CrossCheck.Bench.Clustering.SyntheticVocabulary;

namespace CrossCheck.Bench.Clustering;

/// <summary>How a synthetic article relates to its story.</summary>
internal enum SyntheticRole
{
    Original,
    Rewrite,
    Excerpt,
    Embed,
    Credit,
    Noise,
}

internal sealed record SyntheticStory(int Index, Kind Kind, string Town, string Province, string[] People, string Org, string Leader, int[] Numbers, DateOnly EventDate);

internal sealed record SyntheticSpec(int Index, SyntheticStory Story, DateTime? Published, int Outlet, int Seed, SyntheticRole Role, int Source);

/// <summary>Plans a synthetic stream: stories of a dozen kinds (many of the same kind at once, sharing provinces
/// and national leaders), heavy-tailed story sizes, publication spread over days after the event, rewrites,
/// excerpts, embeddings, credited copies and one-off noise. Only the plan is held in memory; texts are rendered
/// deterministically from each article's seed by <see cref="SyntheticRenderer"/>.</summary>
internal static class SyntheticStream
{
    public static List<SyntheticSpec> Plan(int count, int days, int seed)
    {
        var random = new Random(seed);
        var towns = Pool(random, 40_000, 2, 3);
        var provinces = Pool(random, 400, 2, 3);
        var people = Pool(random, 60_000, 2, 2).Zip(Pool(random, 60_000, 2, 3), (f, l) => f + " " + l).ToArray();
        var orgs = Pool(random, 3_000, 2, 3).Select((n, i) => n + (i % 3 == 0 ? " Institute" : i % 3 == 1 ? " Authority" : " Group")).ToArray();
        var leaders = Enumerable.Range(0, 40).Select(_ => people[random.Next(people.Length)]).ToArray();
        var start = new DateOnly(2025, 1, 1);
        var specs = new List<SyntheticSpec>(count);
        var storyIndex = 0;
        while (specs.Count < count)
        {
            var story = new SyntheticStory(
                storyIndex++,
                Kinds[random.Next(Kinds.Length)],
                towns[random.Next(towns.Length)],
                provinces[random.Next(provinces.Length)],
                [.. Enumerable.Range(0, 3).Select(_ => people[random.Next(people.Length)])],
                orgs[random.Next(orgs.Length)],
                leaders[random.Next(leaders.Length)],
                [random.Next(2, 90), random.Next(100, 5000), random.Next(3, 40)],
                start.AddDays(random.Next(days)));
            var size = random.NextDouble() < 0.08 ? 1 : Math.Min(300, (int)(2 / Math.Pow(1 - random.NextDouble(), 0.8)));
            var first = specs.Count;
            for (var i = 0; i < size && specs.Count < count; i++)
            {
                var role = size == 1 ? SyntheticRole.Noise : i == 0 ? SyntheticRole.Original : PickRole(random);
                var source = role is SyntheticRole.Original or SyntheticRole.Noise ? -1 : first + random.Next(Math.Max(1, Math.Min(i, 3)));
                if (source >= 0 && specs[source].Role is not (SyntheticRole.Original))
                {
                    role = SyntheticRole.Original; // copy only independent reports, so gold sources are unambiguous
                    source = -1;
                }

                specs.Add(new SyntheticSpec(specs.Count, story, Publish(random, story.EventDate, source >= 0 ? specs[source].Published : null), random.Next(300), random.Next(), role, source));
            }
        }

        // The stream arrives in publication order (undated articles keep a plausible position).
        return specs.OrderBy(s => s.Published ?? s.Story.EventDate.ToDateTime(new TimeOnly(12, 0))).ThenBy(s => s.Index).ToList();
    }

    private static SyntheticRole PickRole(Random random) => random.NextDouble() switch
    {
        < 0.68 => SyntheticRole.Original,
        < 0.82 => SyntheticRole.Rewrite,
        < 0.88 => SyntheticRole.Excerpt,
        < 0.91 => SyntheticRole.Embed,
        _ => SyntheticRole.Credit,
    };

    private static DateTime? Publish(Random random, DateOnly eventDate, DateTime? after)
    {
        if (random.NextDouble() < 0.02)
        {
            return null;
        }

        var offset = 0;
        while (offset < 5 && random.NextDouble() < 0.45)
        {
            offset++;
        }

        var time = eventDate.AddDays(offset).ToDateTime(TimeOnly.MinValue).AddMinutes(random.Next(24 * 60));
        return after is { } a && time <= a ? a.AddMinutes(5 + random.Next(600)) : time;
    }

    private static string[] Pool(Random random, int size, int minSyllables, int maxSyllables) =>
        [.. Enumerable.Range(0, size).Select(_ => Name(random, random.Next(minSyllables, maxSyllables + 1)))];
}
