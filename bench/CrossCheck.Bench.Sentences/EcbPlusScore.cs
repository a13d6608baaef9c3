using CrossCheck.Text;

namespace CrossCheck.Bench.Sentences;

/// <summary>ECB+ gives one sentence a line. Two measures: (1) the text as distributed: every split the splitter
/// makes inside a line is a false split (counted by the kind of period it cut at); (2) the lines joined by a space
/// into one block, as scraped text often comes: precision and recall of the boundaries between lines, recall also
/// over the lines that end in terminal punctuation (a line without it, such as a headline, cannot be found).</summary>
internal static class EcbPlusScore
{
    public static void Run(IReadOnlyList<(string Id, string Text)> documents, int examples)
    {
        var lines = 0;
        var falseSplits = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var missedBoundaries = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        int truePositives = 0, predicted = 0, gold = 0, punctuatedGold = 0, punctuatedFound = 0;
        foreach (var (id, text) in documents)
        {
            var textLines = text.Split('\n');
            lines += textLines.Length;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var lineStart = text.LastIndexOf('\n', Math.Max(0, sentence.Start - 1)) + 1;
                if (sentence.Start > lineStart && !string.IsNullOrWhiteSpace(text[lineStart..sentence.Start]))
                {
                    var kind = Classify(text, sentence.Start);
                    if (!falseSplits.TryGetValue(kind, out var list))
                    {
                        falseSplits[kind] = list = [];
                    }

                    list.Add($"{id}: …{Context(text, sentence.Start)}");
                }
            }

            var joined = string.Join(' ', textLines);
            var goldEnds = new HashSet<int>();
            var offset = 0;
            var punctuated = new HashSet<int>();
            for (var i = 0; i < textLines.Length - 1; i++)
            {
                offset += textLines[i].Length;
                goldEnds.Add(offset);
                if (EndsWithTerminal(textLines[i]))
                {
                    punctuated.Add(offset);
                }

                offset++;
            }

            var split = SentenceSplitter.Split(joined);
            var found = new HashSet<int>();
            for (var i = 0; i < split.Count - 1; i++)
            {
                found.Add(split[i].End);
                found.Add(split[i + 1].Start - 1);
            }

            foreach (var missed in punctuated.Where(p => !found.Contains(p)))
            {
                var kind = Classify(joined, missed + 1);
                if (!missedBoundaries.TryGetValue(kind, out var list))
                {
                    missedBoundaries[kind] = list = [];
                }

                list.Add($"{id}: …{Context(joined, missed + 1)}");
            }

            for (var i = 0; i < split.Count - 1; i++)
            {
                var end = split[i].End;
                predicted++;
                if (goldEnds.Contains(end) || goldEnds.Contains(split[i + 1].Start - 1))
                {
                    truePositives++;
                    punctuatedFound += punctuated.Contains(end) || punctuated.Contains(split[i + 1].Start - 1) ? 1 : 0;
                }
            }

            gold += goldEnds.Count;
            punctuatedGold += punctuated.Count;
        }

        var total = falseSplits.Values.Sum(l => l.Count);
        Console.WriteLine($"documents {documents.Count}, lines (gold sentences) {lines}");
        Console.WriteLine($"as distributed: false splits inside a line {total}");
        foreach (var (kind, list) in falseSplits.OrderByDescending(p => p.Value.Count))
        {
            Console.WriteLine($"  {kind,-22} {list.Count}");
            foreach (var example in list.Take(examples))
            {
                Console.WriteLine($"      {example}");
            }
        }

        var precision = (double)truePositives / Math.Max(1, predicted);
        var recall = (double)truePositives / Math.Max(1, gold);
        Console.WriteLine($"lines joined: boundaries predicted {predicted}, gold {gold}, right {truePositives}");
        Console.WriteLine($"  precision {precision:F3}  recall {recall:F3}  F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):F3}");
        Console.WriteLine($"  recall on lines ending in terminal punctuation {(double)punctuatedFound / Math.Max(1, punctuatedGold):F3} ({punctuatedFound}/{punctuatedGold})");
        foreach (var (kind, list) in missedBoundaries.OrderByDescending(p => p.Value.Count))
        {
            Console.WriteLine($"  missed {kind,-22} {list.Count}");
            foreach (var example in list.Take(examples))
            {
                Console.WriteLine($"      {example}");
            }
        }
    }

    /// <summary>The line ends in . ! ? or … before any closing quotes, brackets and spaces (independent of the
    /// splitter's own test, so that builds are compared on the same gold).</summary>
    private static bool EndsWithTerminal(string line)
    {
        var trimmed = line.TrimEnd(' ', '\t', '"', '\'', '\u201D', '\u2019', ')', ']');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '\u2026';
    }

    /// <summary>The kind of boundary before <paramref name="start"/>, from the word before the cut.</summary>
    private static string Classify(string text, int start)
    {
        var before = text[..start].TrimEnd();
        var after = text[start..];
        var word = before.Split(' ')[^1];
        var core = word.TrimEnd('.', '"', '\'', '\u201D', '\u2019', ')');
        if (core.Length > 0 && char.IsDigit(core[^1]) && after.Length > 0 && char.IsDigit(after[0]))
        {
            return "digit. digit";
        }

        if (core.Length == 1 && char.IsUpper(core[0]))
        {
            return "single capital";
        }

        if (core.Length == 1 && char.IsLower(core[0]))
        {
            return "single lower-case";
        }

        if (after.Length > 0 && after[0] is '"' or '\u201D' or '\'' or '\u2019')
        {
            return "quote after period";
        }

        if (core.Length > 0 && char.IsUpper(core[0]) && core.Length <= 5 && word.EndsWith('.'))
        {
            return "short capitalised";
        }

        return word.EndsWith('.') ? "other period" : "other";
    }

    private static string Context(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(text.Length, start + 30);
        return text[from..start].ReplaceLineEndings(" ") + " ‖ " + text[start..to].ReplaceLineEndings(" ");
    }
}
