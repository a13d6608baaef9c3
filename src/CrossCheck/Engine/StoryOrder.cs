namespace CrossCheck;

/// <summary>The order in which <see cref="CrossCheckEngine.GroupAsync"/> feeds articles to the story clusterer.</summary>
public enum StoryOrder
{
    /// <summary>Publication order (undated articles last, ties in input order), then a refinement pass: the
    /// grouping of a batch of files.</summary>
    Publication,

    /// <summary>The order given, without reordering or refinement: a stored collection grouped in the order it
    /// was stored, so adding articles later keeps the existing stories and their ids.</summary>
    Arrival,
}
