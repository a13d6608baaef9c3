using System.Globalization;
using System.Text;
using CrossCheck.Alignment;

namespace CrossCheck.Dossiers.Rendering;

public static partial class HtmlDossierRenderer
{
    private static void AppendClaims(StringBuilder html, StoryView view)
    {
        html.AppendLine("<h3>Claims</h3>");
        if (view.Story.Claims.Count == 0)
        {
            html.AppendLine("<p class=\"empty\">No claims found.</p>");
            return;
        }

        html.AppendLine("<div class=\"scroll\"><table class=\"claims\"><thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Claim</th><th scope=\"col\">Source</th><th scope=\"col\">Evidence from other outlets</th></tr></thead><tbody>");
        foreach (var claim in view.Story.Claims)
        {
            html.Append("<tr class=\"").Append(CssClass(claim.Status)).Append("\" id=\"").Append(E(claim.Id)).Append("\"><td class=\"status\">")
                .Append(Dot).Append(StoryView.Label(claim.Status)).Append("</td><td>").Append(E(claim.Text));
            if (claim.Attribution is not null)
            {
                html.Append(" <span class=\"note\">attributed to ").Append(E(claim.Attribution)).Append("</span>");
            }

            if (claim.Hedged)
            {
                html.Append(" <span class=\"note\">hedged</span>");
            }

            html.Append("</td><td>").Append(E(view.OutletOf(claim.ArticleId))).Append("</td><td>");
            if (claim.Reason is { Length: > 0 } reason)
            {
                html.Append("<div class=\"reason\">").Append(E(reason)).Append("</div>");
            }

            foreach (var evidence in claim.Evidence)
            {
                html.Append("<div class=\"evidence ev-").Append(evidence.Relation.ToString().ToLowerInvariant()).Append("\"><strong>")
                    .Append(E(view.OutletOf(evidence.ArticleId))).Append("</strong> ").Append(StoryView.Label(evidence.Relation))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" ({evidence.Score:0.00})")).Append(": “").Append(E(evidence.Text)).Append('”');
                if (evidence.Conflicts.Count > 0)
                {
                    html.Append(" <span class=\"conflict\">").Append(E(string.Join("; ", evidence.Conflicts))).Append("</span>");
                }

                html.Append("</div>");
            }

            if (StoryView.UnlistedSources(claim) is { } unlisted)
            {
                html.Append("<div class=\"note\">").Append(E(unlisted)).Append("</div>");
            }

            html.AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }

    private static void AppendQuotes(StringBuilder html, StoryView view)
    {
        html.AppendLine("<h3>Who said what</h3>");
        if (view.QuoteGroups.Count == 0)
        {
            html.AppendLine("<p class=\"empty\">No direct quotes found.</p>");
            return;
        }

        foreach (var group in view.QuoteGroups)
        {
            var first = group[0];
            html.Append("<div class=\"quote-group\"><div class=\"speaker\">").Append(E(first.SpeakerLabel("Unknown speaker"))).AppendLine("</div><div class=\"renderings\">");
            foreach (var quote in group)
            {
                html.Append("<figure><blockquote>");
                if (quote == first)
                {
                    html.Append(E(quote.Text));
                }
                else
                {
                    foreach (var segment in StoryView.Difference(first, quote))
                    {
                        html.Append(segment.Op switch
                        {
                            DiffOp.Removed => "<del>" + E(segment.Text) + "</del> ",
                            DiffOp.Added => "<ins>" + E(segment.Text) + "</ins> ",
                            _ => E(segment.Text) + " ",
                        });
                    }
                }

                html.Append("</blockquote><figcaption>").Append(E(view.OutletOf(quote.ArticleId)))
                    .Append(quote.Partial ? " · partial quote" : string.Empty).AppendLine("</figcaption></figure>");
            }

            html.AppendLine("</div></div>");
        }
    }

    private static void AppendTimeline(StringBuilder html, StoryView view)
    {
        html.AppendLine("<h3>Timeline</h3>");
        if (view.Story.Timeline.Count == 0)
        {
            html.AppendLine("<p class=\"empty\">No dated events found.</p>");
            return;
        }

        html.AppendLine("<ol class=\"timeline\">");
        foreach (var entry in view.Story.Timeline)
        {
            html.Append("<li><time>").Append(E(entry.Date)).Append("</time> ").Append(E(entry.Summary)).AppendLine("</li>");
        }

        html.AppendLine("</ol>");
    }

    private static void AppendEntities(StringBuilder html, StoryView view)
    {
        html.AppendLine("<h3>Entities</h3>");
        if (view.Story.Entities.Count == 0)
        {
            html.AppendLine("<p class=\"empty\">No entities found.</p>");
            return;
        }

        html.AppendLine("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Also called</th><th scope=\"col\" class=\"num\">Reports</th></tr></thead><tbody>");
        foreach (var entity in view.Story.Entities.OrderByDescending(e => e.ArticleIds.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal));
            html.Append("<tr><td>").Append(E(entity.Name)).Append("</td><td>").Append(entity.Type.ToString().ToLowerInvariant())
                .Append("</td><td>").Append(E(string.Join(", ", aliases))).Append("</td><td class=\"num\">")
                .Append(entity.ArticleIds.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }
}
