using System.Text.Json.Serialization;

namespace CrossCheck.Dossiers;

// The JSON contract of a dossier (docs/schema/dossier.v1.schema.json). Changing a name or a meaning
// here is a breaking change: bump SchemaVersion and publish a new schema file.

/// <summary>The whole output of one <c>analyze</c> run: every article read and one dossier per story.</summary>
public sealed record DossierDocument(
    string SchemaVersion,
    [property: JsonPropertyOrder(2)] IReadOnlyList<ArticleEntry> Articles,
    [property: JsonPropertyOrder(1)] IReadOnlyList<StoryDossier> Stories)
{
    /// <summary>1.1 added <see cref="ClaimEntry.Sources"/> and capped each claim's evidence per relation; 1.2 added
    /// <see cref="ArticleEntry.DerivedBy"/>, <see cref="ArticleEntry.DerivationChain"/> and <see cref="ClaimEntry.Reason"/>,
    /// and writes the articles after the stories (their rewrite links are known once the stories are cross-checked).</summary>
    public const string CurrentSchemaVersion = "1.3";
}

public sealed record ArticleEntry(
    string Id,
    string Source,
    string? Outlet,
    string Title,
    string? Url,
    string? Byline,
    string? Published,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PublishedFromValue>))] PublishedFromValue PublishedFrom,
    string? DerivedFrom,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(JsonStringEnumConverter<DerivedByValue>))] DerivedByValue? DerivedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? DerivationChain = null);

/// <summary>Why an article is taken to derive from <see cref="ArticleEntry.DerivedFrom"/>.</summary>
public enum DerivedByValue
{
    /// <summary>The same text, at most lightly edited.</summary>
    [JsonStringEnumMemberName("copy")] Copy,

    /// <summary>Its sentences align, mostly in order, with most of the source's, as paraphrases or edits.</summary>
    [JsonStringEnumMemberName("rewrite")] Rewrite,

    /// <summary>It names the source's outlet as its source ("according to ...").</summary>
    [JsonStringEnumMemberName("credit")] Credit,
}

public enum PublishedFromValue
{
    [JsonStringEnumMemberName("metadata")] Metadata,
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("story")] Story,
    [JsonStringEnumMemberName("none")] None,
}

public sealed record StoryDossier(
    string Id,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<ClaimEntry> Claims,
    IReadOnlyList<QuoteEntry> Quotes,
    IReadOnlyList<EntityEntry> Entities,
    IReadOnlyList<QuantityEntry> Quantities,
    IReadOnlyList<DateEntry> Dates,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>A claim with its verdict. <see cref="Reason"/> says in plain words why the verdict is what it is ("Coastline
/// Herald says “three people died”; Meridian Wire says “killing two dock workers”."); added in 1.2.</summary>
public sealed record ClaimEntry(
    string Id,
    string ArticleId,
    string Text,
    int Start,
    int End,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ClaimStatusValue>))] ClaimStatusValue Status,
    IReadOnlyList<EvidenceEntry> Evidence,
    string? Attribution,
    bool Hedged,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvidenceSources? Sources = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);

/// <summary>How many other independent sources bear on a claim, by relation: distinct articles with at least one
/// sentence in that relation, a report and its copies and rewrites counted once (since 1.2), counted before the
/// evidence list is capped.</summary>
public sealed record EvidenceSources(int Supports, int Partial, int Contradicts);

public enum ClaimStatusValue
{
    [JsonStringEnumMemberName("corroborated")] Corroborated,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("contradicted")] Contradicted,
    [JsonStringEnumMemberName("single-source")] SingleSource,
}

public sealed record EvidenceEntry(
    string ArticleId,
    string ClaimId,
    string Text,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EvidenceRelationValue>))] EvidenceRelationValue Relation,
    double Score,
    IReadOnlyList<string> Conflicts);

public enum EvidenceRelationValue
{
    [JsonStringEnumMemberName("supports")] Supports,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("contradicts")] Contradicts,
}

/// <summary>A direct quote. <see cref="SameAs"/> holds the ids of quotes in other articles that render
/// the same utterance; <see cref="Variants"/> says how their wording compares. <see cref="Channel"/> is the news
/// agency or broadcaster the speaker spoke to ("told AFP"), written only when the text names one (schema 1.3).</summary>
public sealed record QuoteEntry(
    string Id,
    string ArticleId,
    string? Speaker,
    string? SpeakerId,
    string Text,
    bool Partial,
    string? ClaimId,
    IReadOnlyList<string> SameAs,
    IReadOnlyList<QuoteVariantEntry> Variants,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel = null)
{
    /// <summary>The speaker as a reader should see it: "Dewi Lestari (to AFP)", or <paramref name="unknown"/>.</summary>
    public string SpeakerLabel(string unknown) => (Speaker ?? unknown) + (Channel is null ? string.Empty : $" (to {Channel})");
}

public sealed record QuoteVariantEntry(
    string QuoteId,
    string ArticleId,
    string Text,
    bool IdenticalWording,
    double Similarity);

public sealed record EntityEntry(
    string Id,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EntityTypeValue>))] EntityTypeValue Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ArticleIds);

public enum EntityTypeValue
{
    [JsonStringEnumMemberName("person")] Person,
    [JsonStringEnumMemberName("organization")] Organization,
    [JsonStringEnumMemberName("place")] Place,
    [JsonStringEnumMemberName("other")] Other,
}

public sealed record QuantityEntry(
    string ArticleId,
    string Text,
    double Value,
    bool Approximate,
    string Qualifier,
    string? Unit,
    string? Counts,
    string? ClaimId);

public sealed record DateEntry(
    string ArticleId,
    string Text,
    string Value,
    string Granularity,
    string? ClaimId);

public sealed record TimelineEntry(
    string Date,
    string Summary,
    IReadOnlyList<string> ClaimIds);
