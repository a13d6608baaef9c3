using System.Globalization;
using CrossCheck.Alignment.Derivation;
using CrossCheck.Analysis;
using CrossCheck.Clustering;
using CrossCheck.Pipeline;

namespace CrossCheck.Bench.Clustering;

/// <summary><c>rewrites INPUT [--show N] [--seed S] [key=value ...]</c>: runs the rewrite detection
/// (<see cref="StoryDerivations"/>) inside each gold story of INPUT and lists the pairs it links, for reading by eye.
/// INPUT is the ECB+ <c>docs.jsonl</c> (a story per subtopic; no dates, no outlets, so only sentence alignment can
/// link) or a folder of story folders (the sample corpus layout, with front matter). For comparison it also lists the
/// pairs the clustering's copy index links (<see cref="StoryGrouper"/> over the same story). <c>--show N</c> prints the
/// aligned sentences of N pairs the copy index does not link, drawn at random (seed S); <c>--matrix</c> prints every
/// ordered pair of every story with its alignment figures (coverage, order, near-verbatim units; decision 180) as
/// tab-separated lines; <c>--pair A B</c> prints one pair's alignment and each unit's closest match; <c>key=value</c> overrides a
/// <see cref="DerivationThresholds"/> setting (UnitSimilarity, OriginalCoverage, DerivedCoverage, MinimumAlignedUnits,
/// CosineWeight).</summary>
internal static class RewritesCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var input = args[0];
        var show = 0;
        var seed = 1;
        var pair = (First: (string?)null, Second: (string?)null);
        var matrix = false;
        var thresholds = DerivationThresholds.Default with { LinkCredits = false };
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--show")
            {
                show = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--matrix")
            {
                matrix = true;
            }
            else if (args[i] == "--pair")
            {
                pair = (args[++i], args[++i]);
            }
            else if (args[i] == "--seed")
            {
                seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i].Split('=') is [var key, var value])
            {
                thresholds = Set(thresholds, key, double.Parse(value, CultureInfo.InvariantCulture));
            }
        }

        var stories = Load(input);
        if (pair.First is { } first && pair.Second is { } second)
        {
            // One pair only: its alignment both ways.
            stories = [.. stories.Select(s => (s.Name, s.Articles.Where(a => a.Id == first || a.Id == second).ToList())).Where(s => s.Item2.Count == 2)];
            var two = stories.Single().Articles.Select(a => ArticleAnalyser.Analyse(a)).ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
            Console.WriteLine(Invariant($"{first} as original: {Measure(two[first], two[second], thresholds)}; {second} as original: {Measure(two[second], two[first], thresholds)}"));
            Print(stories.Single().Name, two[first], two[second], thresholds);
            Best(two[first], two[second], thresholds);
            return 0;
        }

        var analysed = stories.SelectMany(s => s.Articles).AsParallel().AsOrdered()
            .Select(a => ArticleAnalyser.Analyse(a))
            .ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        if (matrix)
        {
            Matrix(stories, analysed, thresholds);
            return 0;
        }

        var found = new List<(string Story, DerivationLink Link, bool Copied)>();
        var copies = 0;
        var pairs = 0;
        var elapsed = new List<(int Reports, double Milliseconds)>();
        foreach (var (name, articles) in stories)
        {
            pairs += articles.Count * (articles.Count - 1) / 2;
            var copied = CopyPairs(articles);
            copies += copied.Count;
            var story = new Story(name, name, [.. articles.Select(a => a.Id)], new Dictionary<string, string>());
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var links = StoryDerivations.Find(story, [.. articles.Select(a => analysed[a.Id])], thresholds).Links;
            elapsed.Add((articles.Count, clock.Elapsed.TotalMilliseconds));
            foreach (var link in links)
            {
                found.Add((name, link, copied.Contains(Key(link.ArticleId, link.SourceId))));
            }
        }

        Console.WriteLine(Invariant($"{stories.Count} stories, {analysed.Count} reports, {pairs} pairs within stories"));
        Console.WriteLine(Invariant($"copy index (clustering): {copies} pairs"));
        var largest = elapsed.MaxBy(e => e.Reports);
        Console.WriteLine(Invariant($"rewrite detection time: {elapsed.Sum(e => e.Milliseconds):F0} ms in all, largest story ({largest.Reports} reports) {largest.Milliseconds:F0} ms, slowest story {elapsed.Max(e => e.Milliseconds):F0} ms (one thread, vectors already computed)"));
        Console.WriteLine(Invariant($"sentence alignment: {found.Count} links, {found.Count(f => f.Copied)} of them also copies by the index, {found.Count(f => !f.Copied)} new; by basis: {string.Join(", ", found.GroupBy(f => f.Link.Basis).OrderBy(g => g.Key).Select(g => Invariant($"{g.Key} {g.Count()}")))}"));
        foreach (var (story, link, copied) in found)
        {
            var (coverage, inOrder, own, units) = Measure(analysed[link.SourceId], analysed[link.ArticleId], thresholds);
            Console.WriteLine(Invariant($"  {story,-12} {link.ArticleId,-16} <- {link.SourceId,-16} {link.Basis,-7} original covered {coverage:F2} ({inOrder:F2} in order), own {own:F2}, {units} units{(copied ? "  [copy index]" : "")}"));
        }

        // The closest pairs left unlinked: how far below the bar independent reports stay.
        var source = found.ToDictionary(f => f.Link.ArticleId, f => f.Link.SourceId, StringComparer.Ordinal);
        string Root(string id)
        {
            for (var hops = 0; hops < 100 && source.TryGetValue(id, out var next); hops++)
            {
                id = next;
            }

            return id;
        }

        var linked = found.Select(f => Key(f.Link.ArticleId, f.Link.SourceId)).ToHashSet();
        var near = new List<(string Story, string A, string B, double Covered, double InOrder, double Own)>();
        foreach (var (name, articles) in stories)
        {
            for (var x = 0; x < articles.Count; x++)
            {
                for (var y = 0; y < articles.Count; y++)
                {
                    if (x != y && !string.Equals(Root(articles[x].Id), Root(articles[y].Id), StringComparison.Ordinal))
                    {
                        var (covered, inOrder, own, units) = Measure(analysed[articles[x].Id], analysed[articles[y].Id], thresholds);
                        if (units >= thresholds.MinimumAlignedUnits)
                        {
                            near.Add((name, articles[y].Id, articles[x].Id, covered, inOrder, own));
                        }
                    }
                }
            }
        }

        Console.WriteLine(Invariant($"ordered pairs of different families with at least {thresholds.MinimumAlignedUnits} units aligned: {near.Count}; original covered >= 0.5: {near.Count(n => n.Covered >= 0.5)}, >= 0.6: {near.Count(n => n.Covered >= 0.6)}, >= 0.7: {near.Count(n => n.Covered >= 0.7)}; closest:"));
        foreach (var n in near.OrderByDescending(n => Math.Min(n.Covered / thresholds.OriginalCoverage, Math.Min(n.InOrder / thresholds.InOrderShare, n.Own / thresholds.DerivedCoverage))).Take(12))
        {
            Console.WriteLine(Invariant($"  {n.Story,-12} {n.A,-16} <- {n.B,-16} original covered {n.Covered:F2} ({n.InOrder:F2} in order), own {n.Own:F2}"));
        }

        var fresh = found.Where(f => !f.Copied).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fresh));
        foreach (var (story, link, _) in fresh.Take(show))
        {
            Print(story, analysed[link.SourceId], analysed[link.ArticleId], thresholds);
        }

        return 0;
    }

    /// <summary>Every ordered pair of every story with its alignment figures (original coverage, in order, own
    /// coverage, aligned units, mean cosine, near-verbatim units and the share of each text they cover).</summary>
    private static void Matrix(List<(string Name, List<Article> Articles)> stories, Dictionary<string, AnalysedArticle> analysed, DerivationThresholds thresholds)
    {
        Console.WriteLine("story\toriginal\tderived\tcovered\tinorder\town\tunits\tmeancos\tverbatim\tvOriginal\tvDerived\texcl\texclUnits\texclO");
        foreach (var (name, articles) in stories)
        {
            var storyNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var texts = articles.ToDictionary(x => x.Id, x => DerivationText.From(analysed[x.Id], storyNumbers, thresholds), StringComparer.Ordinal);
            foreach (var o in articles)
            {
                foreach (var d in articles)
                {
                    if (o.Id == d.Id)
                    {
                        continue;
                    }

                    var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
                    var (ot, dt) = (DerivationText.From(analysed[o.Id], numbers, thresholds), DerivationText.From(analysed[d.Id], numbers, thresholds));
                    var a = SentenceAlignment.Align(ot, dt, thresholds);
                    var (covered, inOrder) = SentenceAlignment.Coverage(ot, a.FirstAligned, a.FirstMoved);
                    var own = SentenceAlignment.Coverage(dt, a.SecondAligned, a.SecondMoved).Covered;
                    var units = a.FirstAligned.Count(x => x) - a.FirstFilled.Count(x => x) + a.FirstMoved.Count(x => x);
                    var vo = SentenceAlignment.Coverage(ot, a.FirstVerbatim, new bool[ot.Count]).Covered;
                    var vd = SentenceAlignment.Coverage(dt, a.SecondVerbatim, new bool[dt.Count]).Covered;
                    var (excl, exclUnits) = Exclusive(texts, o.Id, d.Id, thresholds);
                    var (exclO, _) = Exclusive(texts, d.Id, o.Id, thresholds);
                    Console.WriteLine(Invariant($"{name}\t{o.Id}\t{d.Id}\t{covered:F2}\t{inOrder:F2}\t{own:F2}\t{units}\t{a.MeanCosine:F2}\t{a.FirstVerbatim.Count(x => x)}\t{vo:F2}\t{vd:F2}\t{excl:F2}\t{exclUnits}\t{exclO:F2}"));
                }
            }
        }
    }

    private static readonly double Margin = double.Parse(Environment.GetEnvironmentVariable("EXCL_MARGIN") ?? "0.1", CultureInfo.InvariantCulture);

    /// <summary>Share of <paramref name="d"/>'s content (units not quoted) whose closest unit in <paramref name="o"/>
    /// reaches the unit bar and is closer than the closest unit of any other report by <see cref="Margin"/>.</summary>
    private static (double Share, int Units) Exclusive(Dictionary<string, DerivationText> texts, string o, string d, DerivationThresholds thresholds)
    {
        var dt = texts[d];
        var ot = texts[o];
        double total = 0, found = 0;
        var count = 0;
        for (var i = 0; i < dt.Count; i++)
        {
            if (dt.Quoted[i])
            {
                continue;
            }

            total += dt.Weight(i);
            var best = Best(ot, dt, i, thresholds);
            if (best < thresholds.UnitSimilarity)
            {
                continue;
            }

            var other = texts.Where(t => t.Key != o && t.Key != d).Select(t => Best(t.Value, dt, i, thresholds)).DefaultIfEmpty(0).Max();
            if (best - other >= Margin)
            {
                found += dt.Weight(i);
                count++;
            }
        }

        return (total > 0 ? found / total : 0, count);
    }

    private static double Best(DerivationText t, DerivationText dt, int i, DerivationThresholds thresholds)
    {
        var best = 0.0;
        for (var j = 0; j < t.Count; j++)
        {
            var sim = (thresholds.CosineWeight * UnitVectors.Dot(t.Vectors[j], dt.Vectors[i])) + ((1 - thresholds.CosineWeight) * SentenceAlignment.Dice(t.Words[j], dt.Words[i]));
            best = Math.Max(best, sim);
        }

        return best;
    }

    private static DerivationThresholds Set(DerivationThresholds t, string key, double value) => key switch
    {
        "UnitSimilarity" => t with { UnitSimilarity = value },
        "OriginalCoverage" => t with { OriginalCoverage = value },
        "DerivedCoverage" => t with { DerivedCoverage = value },
        "MinimumAlignedUnits" => t with { MinimumAlignedUnits = (int)value },
        "CosineWeight" => t with { CosineWeight = value },
        "MergePartCosine" => t with { MergePartCosine = value },
        "InOrderShare" => t with { InOrderShare = value },
        "VerbatimCosine" => t with { VerbatimCosine = value },
        "VerbatimDice" => t with { VerbatimDice = value },
        "VerbatimMinimumWords" => t with { VerbatimMinimumWords = (int)value },
        "VerbatimCoverage" => t with { VerbatimCoverage = value },
        "VerbatimOriginalCoverage" => t with { VerbatimOriginalCoverage = value },
        "GapCosine" => t with { GapCosine = value },
        "HubMargin" => t with { HubMargin = value },
        "UnevenGapCosine" => t with { UnevenGapCosine = value },
        "UnevenGapUnits" => t with { UnevenGapUnits = (int)value },
        "ExclusiveShare" => t with { ExclusiveShare = value },
        "ExclusiveMargin" => t with { ExclusiveMargin = value },
        "UnkeptEdits" => t with { UnkeptEdits = value != 0 },
        _ => throw new ArgumentException($"unknown setting {key}"),
    };

    private static List<(string Name, List<Article> Articles)> Load(string input)
    {
        if (input.EndsWith(".jsonl", StringComparison.Ordinal) && !File.ReadLines(input).First().Contains("\"subtopic\"", StringComparison.Ordinal))
        {
            // A stream without gold (the generator's): the stories are the clusterer's.
            var documents = CrossCheck.Ingest.DocumentLoader.Load([input]).Documents;
            var (articles, _) = new CrossCheckPipeline(TimeProvider.System).Extract(documents);
            var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            return [.. StoryGrouper.Group(articles).Where(s => s.ArticleIds.Count > 1).Select(s => (s.Id, s.ArticleIds.Select(id => byId[id]).ToList()))];
        }

        if (input.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            return [.. EcbPlusCalibration.Load(input)
                .GroupBy(d => d.Subtopic, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Select(d => d.Article).ToList()))];
        }

        return [.. Directory.GetDirectories(input).Order(StringComparer.Ordinal)
            .Select(dir => (Path.GetFileName(dir), CrossCheck.Ingest.DocumentLoader.Load([dir]).Documents
                .Select(d => (Doc: d, Article: CrossCheck.Extraction.ArticleExtractor.Extract(d, TimeProvider.System).Article))
                .Where(p => p.Article is not null)
                .Select(p => p.Article! with
                {
                    Published = CrossCheck.Analysis.Time.PublicationDateFinder.ParseMetadata(p.Doc.Metadata.Published),
                    PublishedFrom = p.Doc.Metadata.Published is null ? PublishedFrom.None : PublishedFrom.Metadata,
                })
                .ToList()))
            .Where(s => s.Item2.Count > 1)];
    }

    /// <summary>The pairs the clustering's copy index links when the story's reports are clustered on their own.</summary>
    private static HashSet<(string, string)> CopyPairs(List<Article> articles) =>
        [.. StoryGrouper.Group(articles).SelectMany(s => s.DerivedFrom).Select(p => Key(p.Key, p.Value))];

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static (double Original, double InOrder, double Own, int Units) Measure(AnalysedArticle original, AnalysedArticle derived, DerivationThresholds thresholds)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var (o, d) = (DerivationText.From(original, numbers, thresholds), DerivationText.From(derived, numbers, thresholds));
        var alignment = SentenceAlignment.Align(o, d, thresholds);
        var (covered, inOrder) = SentenceAlignment.Coverage(o, alignment.FirstAligned, alignment.FirstMoved);
        return (covered, inOrder, SentenceAlignment.Coverage(d, alignment.SecondAligned, alignment.SecondMoved).Covered, alignment.FirstAligned.Count(a => a) - alignment.FirstFilled.Count(a => a) + alignment.FirstMoved.Count(a => a));
    }

    private static void Print(string story, AnalysedArticle original, AnalysedArticle derived, DerivationThresholds thresholds)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var (o, d) = (DerivationText.From(original, numbers, thresholds), DerivationText.From(derived, numbers, thresholds));
        var alignment = SentenceAlignment.Align(o, d, thresholds);
        Console.WriteLine();
        Console.WriteLine(Invariant($"=== {story}: {derived.Article.Id} <- {original.Article.Id}"));
        int i = 0, j = 0;
        foreach (var pair in alignment.Pairs.Append(new AlignedPair(o.Count, 0, d.Count, 0, 0)))
        {
            for (; i < pair.FirstStart; i++)
            {
                Console.WriteLine($"  O- {Clip(original.Claims[i].Text)}");
            }

            for (; j < pair.SecondStart; j++)
            {
                Console.WriteLine($"  D+ {Clip(derived.Claims[j].Text)}");
            }

            for (; i < pair.FirstStart + pair.FirstCount; i++)
            {
                Console.WriteLine($"  O= {Clip(original.Claims[i].Text)}");
            }

            for (; j < pair.SecondStart + pair.SecondCount; j++)
            {
                Console.WriteLine($"  D= {Clip(derived.Claims[j].Text)}");
            }

            if (pair.FirstCount > 0)
            {
                Console.WriteLine(Invariant($"     (cosine {pair.Cosine:F2})"));
            }
        }

        for (var k = 0; k < o.Count; k++)
        {
            if (alignment.FirstVerbatim[k])
            {
                Console.WriteLine($"  O* verbatim: {Clip(original.Claims[k].Text)}");
            }

            if (alignment.FirstMoved[k])
            {
                Console.WriteLine($"  O~ moved: {Clip(original.Claims[k].Text)}");
            }
        }
    }

    /// <summary>For each unit of the first text, the closest unit of the second: cosine and Dice.</summary>
    private static void Best(AnalysedArticle first, AnalysedArticle second, DerivationThresholds thresholds)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var (a, b) = (DerivationText.From(first, numbers, thresholds), DerivationText.From(second, numbers, thresholds));
        for (var i = 0; i < a.Count; i++)
        {
            var j = Enumerable.Range(0, b.Count).MaxBy(j => UnitUtil(a, b, i, j));
            Console.WriteLine(Invariant($"  {i,2} -> {j,2} cos {UnitVectors.Dot(a.Vectors[i], b.Vectors[j]):F2} dice {SentenceAlignment.Dice(a.Words[i], b.Words[j]):F2}  {Clip(first.Claims[i].Text)}"));
        }
    }

    private static double UnitUtil(DerivationText a, DerivationText b, int i, int j) => UnitVectors.Dot(a.Vectors[i], b.Vectors[j]);

    private static string Clip(string text) => text.Length <= 150 ? text : text[..150] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
