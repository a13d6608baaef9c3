using System.Globalization;
using CrossCheck.Analysis.Claims;

namespace CrossCheck.Alignment;

/// <summary>A short plain-language reason for a verdict, built from its evidence: who says what when sources clash
/// ("Coastline Herald says “three people died”; Meridian Wire says “killing two dock workers”."), who confirms it
/// ("Confirmed by Meridian Wire and Coastline Herald."), or that one outlet alone reports it. A contradicted claim
/// that other sources support says so too (mixed evidence shows both sides). The claim's attribution and hedging
/// stay on its side of the reason ("… (attributed to the coast guard; hedged)").</summary>
internal static class VerdictReason
{
    /// <summary>Outlets named before "and N others".</summary>
    public const int MaxNamed = 3;

    /// <summary>Words of a whole statement quoted when a clash has no smaller excerpt (a denial against a report).</summary>
    public const int MaxQuotedWords = 14;

    /// <summary>One outlet's statement on the other side of a clash, with its own markers.</summary>
    internal sealed record OtherSide(string ArticleId, string Text, ConflictSides? Sides, string? Attribution, bool Hedged);

    public static string Of(
        Claim claim,
        string articleId,
        ClaimStatus status,
        IReadOnlyList<Evidence> evidence,
        IReadOnlyList<OtherSide> contradictions,
        Func<string, string> outletOf)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(outletOf);
        var own = outletOf(articleId);
        var markers = Markers(claim.Attribution, claim.Hedged);
        var supporters = Outlets(evidence, EvidenceRelation.Supports, outletOf);
        var partial = Outlets(evidence, EvidenceRelation.Partial, outletOf).Except(supporters, StringComparer.Ordinal).ToList();
        switch (status)
        {
            case ClaimStatus.Contradicted when contradictions.Count > 0:
            {
                var first = contradictions[0];
                var ownSide = first.Sides?.Claim ?? Shorten(claim.Text);
                var otherSide = first.Sides?.Other ?? Shorten(first.Text);
                var text = $"{own} says “{ownSide}”{markers}; {outletOf(first.ArticleId)} says “{otherSide}”{Markers(first.Attribution, first.Hedged)}.";
                var others = contradictions.Skip(1).Select(c => outletOf(c.ArticleId)).Where(o => !string.Equals(o, outletOf(first.ArticleId), StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal).ToList();
                if (others.Count > 0)
                {
                    text += $" Also contradicted by {List(others)}.";
                }

                if (supporters.Count > 0)
                {
                    text += $" Supported by {List(supporters)}.";
                }
                else if (partial.Count > 0)
                {
                    text += $" Partly supported by {List(partial)}.";
                }

                return text;
            }

            case ClaimStatus.Corroborated:
                return $"Confirmed by {List(supporters.Count > 0 ? supporters : partial)}{markers}.";
            case ClaimStatus.Partial:
                return $"Partly confirmed by {List(partial.Count > 0 ? partial : supporters)}{markers}.";
            default:
                return $"Only {own} reports this{markers}.";
        }
    }

    /// <summary>" (attributed to police; hedged)", or nothing.</summary>
    private static string Markers(string? attribution, bool hedged)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(attribution))
        {
            parts.Add("attributed to " + attribution);
        }

        if (hedged)
        {
            parts.Add("hedged");
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
    }

    private static List<string> Outlets(IReadOnlyList<Evidence> evidence, EvidenceRelation relation, Func<string, string> outletOf) =>
        evidence.Where(e => e.Relation == relation).Select(e => outletOf(e.ArticleId)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"A", "A and B", "A, B and C", "A, B, C and 4 others".</summary>
    private static string List(IReadOnlyList<string> names)
    {
        if (names.Count <= 1)
        {
            return names.Count == 0 ? "other sources" : names[0];
        }

        if (names.Count > MaxNamed)
        {
            var rest = names.Count - MaxNamed;
            return string.Join(", ", names.Take(MaxNamed)) + string.Create(CultureInfo.InvariantCulture, $" and {rest} {(rest == 1 ? "other" : "others")}");
        }

        return string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>The statement itself, cut to <see cref="MaxQuotedWords"/> words.</summary>
    private static string Shorten(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var trimmed = words.Length <= MaxQuotedWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxQuotedWords)) + " …";
        return trimmed.TrimEnd('.', ' ');
    }
}
