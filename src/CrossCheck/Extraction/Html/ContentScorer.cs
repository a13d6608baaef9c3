using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>Readability-style block scoring: every paragraph-like element scores by its length and commas,
/// passes the score to its ancestors (fading with distance), and the best ancestor, weighed by its
/// link density, is the article container. Siblings that score close to it are kept beside it.</summary>
internal static class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;
    private const int TopCandidates = 5;
    private const int MinimumAlternatives = 3;

    public static IReadOnlyList<IElement> FindContent(IElement body)
    {
        var scores = new ConditionalWeakTable<IElement, Box>();
        var candidates = new List<IElement>();
        foreach (var element in DomWalk.Descendants(body))
        {
            // A paragraph-like element scores for its ancestors; loose text in a wrapper scores for the wrapper.
            var paragraphLike = IsParagraphLike(element);
            var text = paragraphLike ? DomWalk.Text(element) : IsWrapper(element) ? LooseText(element) : string.Empty;
            if (text.Length < MinParagraphLength)
            {
                continue;
            }

            var score = 1.0 + text.Count(c => c is ',' or '،' or '，') + Math.Min(text.Length / 100, 3);
            var ancestor = paragraphLike ? element.ParentElement : element;
            for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var box))
                {
                    box = new Box { Score = InitialScore(ancestor) };
                    scores.Add(ancestor, box);
                    candidates.Add(ancestor);
                }

                box.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var candidate in candidates)
        {
            scores.GetOrCreateValue(candidate).Score *= 1 - DomWalk.LinkDensity(candidate);
        }

        var ranked = candidates.OrderByDescending(c => scores.GetOrCreateValue(c).Score).Take(TopCandidates).ToList();
        var best = CommonAncestorOfAlternatives(ranked, scores, body);
        var bestScore = scores.TryGetValue(best, out var bestBox) ? bestBox.Score : scores.GetOrCreateValue(ranked[0]).Score;
        return WithSiblings(best, bestScore, scores);
    }

    /// <summary>Readability's rule for articles split across wrappers: when at least three other top
    /// candidates score close to the best, their closest shared ancestor (below the body) becomes the container.</summary>
    private static IElement CommonAncestorOfAlternatives(List<IElement> ranked, ConditionalWeakTable<IElement, Box> scores, IElement body)
    {
        var best = ranked[0];
        var bestScore = scores.GetOrCreateValue(best).Score;
        var alternatives = ranked.Skip(1).Where(c => bestScore > 0 && scores.GetOrCreateValue(c).Score / bestScore >= 0.75).ToList();
        if (alternatives.Count < MinimumAlternatives)
        {
            return best;
        }

        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (alternatives.Count(a => parent.Contains(a)) >= MinimumAlternatives)
            {
                return parent;
            }
        }

        return best;
    }

    private static List<IElement> WithSiblings(IElement best, double bestScore, ConditionalWeakTable<IElement, Box> scores)
    {
        var parent = best.ParentElement;
        if (parent is null)
        {
            return [best];
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in DomWalk.ChildElements(parent))
        {
            if (sibling == best)
            {
                kept.Add(sibling);
                continue;
            }

            var append = scores.TryGetValue(sibling, out var box) && box.Score >= threshold;
            if (!append && sibling.LocalName == "p")
            {
                var (total, _) = DomWalk.TextLengths(sibling);
                var density = DomWalk.LinkDensity(sibling);
                var text = DomWalk.Text(sibling);
                append = (total > 80 && density < 0.25) || (total > 0 && density == 0 && EndsSentence(text));
            }

            if (append)
            {
                kept.Add(sibling);
            }
        }

        return kept;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”';

    private static bool IsWrapper(IElement element) => element.LocalName is "div" or "section" or "article" or "main" or "td";

    /// <summary>Text of the element's own text nodes and inline children (not of its block children).</summary>
    private static string LooseText(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement inline && !HtmlTags.IsBlock(inline.LocalName))
            {
                builder.Append(' ').Append(DomWalk.Text(inline)).Append(' ');
            }
        }

        return DomWalk.Collapse(builder.ToString());
    }

    private static bool IsParagraphLike(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        "div" or "section" => !DomWalk.ChildElements(element).Any(c => HtmlTags.IsBlock(c.LocalName)),
        _ => false,
    };

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" or "section" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "th" => -5,
            _ when HtmlTags.IsHeading(element.LocalName) => -5,
            _ => 0,
        };
        return score + ClassHints.Weight(element);
    }

    private sealed class Box
    {
        public double Score { get; set; }
    }
}
