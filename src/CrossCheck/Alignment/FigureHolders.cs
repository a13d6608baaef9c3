using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Whose figure a figure is: the person named as the subject of its clause ("Ty Lawson also chipped in
/// <i>16 points</i>", "Shy Ely put up <i>23 points</i>", "Klitschko landed <i>28 of his 68 punches</i>") or in
/// apposition before an age ("Hiller, <i>43</i>,"). Figures of two differently named people are two slots however
/// alike their words: one player's points never contradict another's.</summary>
internal static class FigureHolders
{
    /// <summary>Content words at most between a holder and its figure ("Lawson <i>also chipped</i> in 16 points").</summary>
    public const int MaxWordsBetween = 3;

    /// <summary>Whether figure <paramref name="i"/> of the claim and <paramref name="j"/> of the other sentence belong
    /// to differently named people: two ages in apposition to names that share no word, or two figures each held by a
    /// person named as its clause's subject, the two names sharing no word.</summary>
    public static bool OfDifferentPeople(TextProfile claim, int i, TextProfile other, int j) =>
        SlotComparison.AgesOfDifferentPeople(claim, i, other, j)
        || (Holder(claim, i) is { } a && Holder(other, j) is { } b && !a.Overlaps(b));

    /// <summary>The words of the person's name a figure belongs to, walking back from the figure within its segment
    /// over at most <see cref="MaxWordsBetween"/> words (adverbs and verbs of the clause, not a reporting verb: "Smith
    /// said 40 died" gives the speaker, not a holder) to a name that may be a person's and is no preposition's object.
    /// Null when another figure, a date or some other name comes first, or none is near.</summary>
    internal static HashSet<string>? Holder(TextProfile profile, int figure)
    {
        var segment = profile.Units[figure].Segment;
        var words = 0;
        for (var k = figure - 1; k >= 0 && profile.Units[k].Segment == segment; k--)
        {
            var unit = profile.Units[k];
            switch (unit.Kind)
            {
                case UnitKind.Entity:
                    return unit is { MayBePerson: true, AfterPreposition: false }
                        ? new HashSet<string>(unit.SurfaceWords ?? [unit.Surface.ToLowerInvariant()], StringComparer.Ordinal)
                        : null;
                case UnitKind.Word when words < MaxWordsBetween && !ReportingVerbs.Lemmas.Contains(unit.Key)
                    && unit.Class is WordClass.Verb or WordClass.Adverb or WordClass.Unknown:
                    words++;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
