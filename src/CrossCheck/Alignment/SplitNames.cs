using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>One name that one report gives as a single entity and the other as several units: "Harrow Vale
/// Magistrates Court" against the entities "Harrow Vale" and "Magistrates' Court", or against the entity "Harrow Vale"
/// and the words "magistrates" and "court"; "Place Vendôme" against "Place Vendome". A one-to-one alignment pairs the
/// entity with one of the units at most and leaves the rest of the name unmatched. After it, a run of consecutive units,
/// one of them an entity, whose words spell the whole name (<see cref="NameSpelling.Fold"/>) is matched with that
/// entity at <see cref="UnitMatcher.EntityWordScore"/>. Only the whole name: whether a part of it ("Petrov" of "Ana
/// Petrov") names the same one is the entity resolver's to say, and words alone ("magistrates court") are common nouns
/// that <see cref="UnitMatcher"/> already relates to a name.</summary>
internal static class SplitNames
{
    /// <summary>Matches runs of <paramref name="x"/>'s unaligned units with entities of <paramref name="y"/>.</summary>
    public static void Absorb(TextProfile x, TextProfile y, double[] simX, int[] matchX, double[] simY, int[] matchY)
    {
        for (var j = 0; j < y.Units.Count; j++)
        {
            if (y.Units[j].Kind != UnitKind.Entity)
            {
                continue;
            }

            var name = Words(y.Units[j]);
            if (name.Count == 0)
            {
                continue;
            }

            for (var i = 0; i < x.Units.Count; i++)
            {
                if (Spells(x, i, name) is not { } end)
                {
                    continue;
                }

                // The run must hold a name (an entity) and something still unmatched, and must not be the name matched
                // in full already.
                var run = Enumerable.Range(i, end - i).ToList();
                if (!run.Exists(k => x.Units[k].Kind == UnitKind.Entity) || !run.Exists(k => simX[k] < UnitMatcher.EntityWordScore))
                {
                    continue;
                }

                foreach (var k in run)
                {
                    if (simX[k] < UnitMatcher.EntityWordScore)
                    {
                        simX[k] = UnitMatcher.EntityWordScore;
                        matchX[k] = j;
                    }
                }

                if (simY[j] < UnitMatcher.EntityWordScore)
                {
                    simY[j] = UnitMatcher.EntityWordScore;
                    matchY[j] = i;
                }

                i = end - 1;
            }
        }
    }

    /// <summary>The end (exclusive) of the run of units from <paramref name="start"/> whose words, in order, are the
    /// name's words; null when there is none.</summary>
    private static int? Spells(TextProfile x, int start, IReadOnlyList<string> name)
    {
        var at = 0;
        var k = start;
        while (k < x.Units.Count && at < name.Count && x.Units[k].Kind is UnitKind.Entity or UnitKind.Word)
        {
            var words = Words(x.Units[k]);
            if (words.Count == 0 || at + words.Count > name.Count || !words.SequenceEqual(name.Skip(at).Take(words.Count), StringComparer.Ordinal))
            {
                break;
            }

            at += words.Count;
            k++;
        }

        return at == name.Count && k > start ? k : null;
    }

    private static IReadOnlyList<string> Words(AlignmentUnit unit) => unit.Kind switch
    {
        UnitKind.Entity => [.. (unit.SurfaceWords ?? unit.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !FunctionWords.IsUncheckable(w.ToLowerInvariant())).Select(NameSpelling.Fold).Where(w => w.Length > 0)],
        UnitKind.Word => [NameSpelling.Fold(unit.Surface)],
        _ => [],
    };
}
