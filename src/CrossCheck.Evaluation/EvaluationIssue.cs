namespace CrossCheck.Evaluation;

/// <summary>Why a gold item was not scored right, or a prediction counted against precision.
/// <see cref="Kind"/> is <c>missed</c> (no prediction matched), <c>wrong</c> (matched, but a value differs)
/// or <c>extra</c> (a prediction no gold item matched).</summary>
public sealed record EvaluationIssue(string Story, string Section, string Kind, string? ArticleId, string Detail);

/// <summary>Receives issues from a scorer; scorers take it optionally so scoring stays a pure function.</summary>
public delegate void IssueReporter(string kind, string? articleId, string detail);

public static class IssueKinds
{
    public const string Missed = "missed";
    public const string Wrong = "wrong";
    public const string Extra = "extra";
}
