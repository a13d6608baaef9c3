namespace CrossCheck.Evaluation;

// Hand-made truth for one story (docs/schema/gold.v1.schema.json, described in samples/README.md).
// Init-only properties with empty defaults: a field missing from the file reads as empty and
// GoldReader reports what is required.

/// <summary>The gold annotations of one story.</summary>
internal sealed record GoldStory
{
    public string SchemaVersion { get; init; } = "";
    public string Story { get; init; } = "";
    public string? Title { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public IReadOnlyList<string> Articles { get; init; } = [];
    public IReadOnlyList<GoldPublicationDate> PublicationDates { get; init; } = [];
    public IReadOnlyList<GoldRewrite> Rewrites { get; init; } = [];
    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];
    public IReadOnlyList<GoldClaim> Claims { get; init; } = [];
    public IReadOnlyList<GoldDate> Dates { get; init; } = [];
    public IReadOnlyList<GoldQuantity> Quantities { get; init; } = [];

    /// <summary>The sections scored for this story (<see cref="EvaluationSections"/> names); null, the default,
    /// scores every section. A gold file that annotates only some sections (real texts with claims and rewrites
    /// but no dates, say) lists them here, so that what it leaves out is not counted as missed or as false alarms.</summary>
    public IReadOnlyList<string>? Scored { get; init; }

    /// <summary>Whether <paramref name="section"/> is scored for this story.</summary>
    public bool Scores(string section) => Scored is null || Scored.Contains(section, StringComparer.Ordinal);
}

/// <summary>An article's publication date and how it is obtained: metadata, text or story.</summary>
internal sealed record GoldPublicationDate
{
    public string Article { get; init; } = "";
    public string Date { get; init; } = "";
    public string From { get; init; } = "";
}

/// <summary>An article that copies or rewrites another article of the set.</summary>
internal sealed record GoldRewrite
{
    public string Article { get; init; } = "";
    public string DerivedFrom { get; init; } = "";
}

/// <summary>An entity with the aliases that must be merged into it.</summary>
internal sealed record GoldEntity
{
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A direct quote; <see cref="SameAs"/> lists gold quote ids of the same utterance in other articles.</summary>
internal sealed record GoldQuote
{
    public string Id { get; init; } = "";
    public string Article { get; init; } = "";
    public string Text { get; init; } = "";
    public string Speaker { get; init; } = "";
    public bool Partial { get; init; }
    public IReadOnlyList<string> SameAs { get; init; } = [];
}

/// <summary>A claim identified by a fragment of its text, with its expected verdict and the articles that must be cited.</summary>
internal sealed record GoldClaim
{
    public string Article { get; init; } = "";
    public string Fragment { get; init; } = "";
    public string Status { get; init; } = "";
    public IReadOnlyList<string> SupportedBy { get; init; } = [];
    public IReadOnlyList<string> ContradictedBy { get; init; } = [];
    public bool? Hedged { get; init; }
    public string? Attribution { get; init; }
}

/// <summary>A time expression with its TIMEX3 value.</summary>
internal sealed record GoldDate
{
    public string Article { get; init; } = "";
    public string Text { get; init; } = "";
    public string Value { get; init; } = "";
}

/// <summary>A number with its qualifier and, when given, its unit and what it counts.</summary>
internal sealed record GoldQuantity
{
    public string Article { get; init; } = "";
    public string Text { get; init; } = "";
    public double Value { get; init; }
    public string Qualifier { get; init; } = "";
    public string? Unit { get; init; }
    public string? Counts { get; init; }
}
