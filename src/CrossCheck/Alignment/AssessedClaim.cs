using CrossCheck.Analysis.Claims;

namespace CrossCheck.Alignment;

internal enum ClaimStatus
{
    /// <summary>Another independent source states the same.</summary>
    Corroborated,

    /// <summary>Another independent source supports part of it.</summary>
    Partial,

    /// <summary>Another source states a conflicting number, date or negation.</summary>
    Contradicted,

    /// <summary>No other independent source says anything about it.</summary>
    SingleSource,
}

internal enum EvidenceRelation
{
    Supports,
    Partial,
    Contradicts,
}

/// <summary>A sentence of another article cited for or against a claim. <see cref="Conflicts"/> lists the
/// slots that disagree ("4,500 ≠ 4,000 troops", "2023-11-20 ≠ 2023-11-21"); <see cref="Sides"/>, when known,
/// the texts of each clash as the two sentences state them.</summary>
internal sealed record Evidence(
    string ArticleId,
    string ClaimId,
    string Text,
    EvidenceRelation Relation,
    double Score,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<ConflictSides>? Sides = null);

/// <summary>A claim with its cross-check verdict, the evidence behind it (both sides when independent sources
/// support and contradict it), and a plain-language <see cref="Reason"/> (<see cref="VerdictReason"/>).</summary>
internal sealed record AssessedClaim(
    string ArticleId,
    Claim Claim,
    ClaimStatus Status,
    IReadOnlyList<Evidence> Evidence)
{
    public string Reason { get; init; } = string.Empty;
}
