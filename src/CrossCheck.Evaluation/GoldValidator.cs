namespace CrossCheck.Evaluation;

/// <summary>Checks what the scorer relies on: the fields it needs are present and every article named is listed.</summary>
internal static class GoldValidator
{
    private static readonly string[] Statuses = ["corroborated", "partial", "contradicted", "single-source"];
    private static readonly string[] Sources = ["metadata", "text", "story"];
    private static readonly string[] EntityTypes = ["person", "organization", "place", "other"];
    private static readonly string[] Qualifiers = ["exact", "approximate", "atLeast", "atMost", "moreThan", "lessThan"];

    public static string? FirstProblem(GoldStory gold)
    {
        if (!string.Equals(gold.SchemaVersion, GoldReader.SupportedSchemaVersion, StringComparison.Ordinal))
        {
            return $"not a gold file: schemaVersion must be \"{GoldReader.SupportedSchemaVersion}\"";
        }

        if (string.IsNullOrWhiteSpace(gold.Story) || gold.Inputs.Count == 0 || gold.Articles.Count == 0)
        {
            return "a gold file needs \"story\", \"inputs\" and \"articles\"";
        }

        var articles = gold.Articles.ToHashSet(StringComparer.Ordinal);
        var named = gold.PublicationDates.Select(p => p.Article)
            .Concat(gold.Rewrites.SelectMany(r => new[] { r.Article, r.DerivedFrom }))
            .Concat(gold.Quotes.Select(q => q.Article))
            .Concat(gold.Claims.SelectMany(c => c.SupportedBy.Concat(c.ContradictedBy).Append(c.Article)))
            .Concat(gold.Dates.Select(d => d.Article))
            .Concat(gold.Quantities.Select(q => q.Article));
        if (named.FirstOrDefault(a => !articles.Contains(a)) is { } unknown)
        {
            return $"article \"{unknown}\" is not listed in \"articles\"";
        }

        return FirstBadScored(gold) ?? FirstBadValue(gold) ?? FirstBadQuote(gold);
    }

    private static string? FirstBadScored(GoldStory gold)
    {
        if (gold.Scored is not { } scored)
        {
            return null;
        }

        if (scored.Count == 0)
        {
            return "\"scored\" must name at least one section (leave it out to score every section)";
        }

        if (scored.FirstOrDefault(s => !EvaluationSections.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            return $"\"scored\" names unknown section \"{unknown}\" (sections: {string.Join(", ", EvaluationSections.All)})";
        }

        return scored.Distinct(StringComparer.Ordinal).Count() != scored.Count ? "\"scored\" names a section twice" : null;
    }

    private static string? FirstBadValue(GoldStory gold)
    {
        if (gold.Claims.FirstOrDefault(c => !Statuses.Contains(c.Status, StringComparer.Ordinal) || c.Fragment.Length == 0) is { } claim)
        {
            return $"claim \"{claim.Fragment}\": needs a fragment and a status ({string.Join("|", Statuses)})";
        }

        if (gold.PublicationDates.FirstOrDefault(p => !Sources.Contains(p.From, StringComparer.Ordinal) || !DateOnly.TryParseExact(p.Date, "yyyy-MM-dd", out _)) is { } date)
        {
            return $"publication date of \"{date.Article}\": needs a yyyy-mm-dd date and from ({string.Join("|", Sources)})";
        }

        if (gold.Entities.FirstOrDefault(e => e.Name.Length == 0 || !EntityTypes.Contains(e.Type, StringComparer.Ordinal)) is { } entity)
        {
            return $"entity \"{entity.Name}\": needs a name and a type ({string.Join("|", EntityTypes)})";
        }

        if (gold.Quantities.FirstOrDefault(q => q.Text.Length == 0 || !Qualifiers.Contains(q.Qualifier, StringComparer.Ordinal)) is { } quantity)
        {
            return $"quantity \"{quantity.Text}\": needs a text and a qualifier ({string.Join("|", Qualifiers)})";
        }

        return gold.Dates.FirstOrDefault(d => d.Text.Length == 0 || d.Value.Length == 0) is { } bad
            ? $"date in \"{bad.Article}\": needs a text and a value"
            : null;
    }

    private static string? FirstBadQuote(GoldStory gold)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in gold.Quotes)
        {
            if (quote.Id.Length == 0 || quote.Text.Length == 0 || !ids.Add(quote.Id))
            {
                return $"quote \"{quote.Id}\": needs a unique id and a text";
            }
        }

        var names = gold.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (gold.Quotes.FirstOrDefault(q => !names.Contains(q.Speaker)) is { } unnamed)
        {
            return $"quote \"{unnamed.Id}\": speaker \"{unnamed.Speaker}\" is not one of the entities";
        }

        return gold.Quotes.SelectMany(q => q.SameAs).FirstOrDefault(id => !ids.Contains(id)) is { } missing
            ? $"sameAs names unknown quote \"{missing}\""
            : null;
    }
}
