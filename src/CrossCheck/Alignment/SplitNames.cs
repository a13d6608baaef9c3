using System.Runtime.CompilerServices;
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
    /// <summary>The folded words of each unit of a profile, computed once per profile: a profile is aligned with many
    /// candidates.</summary>
    private static readonly ConditionalWeakTable<TextProfile, string[][]> Folded = new();

    /// <summary>Matches runs of <paramref name="x"/>'s unaligned units with entities of <paramref name="y"/>.</summary>
    public static void Absorb(TextProfile x, TextProfile y, double[] simX, int[] matchX, double[] simY, int[] matchY)
    {
        if (!HasEntity(x) || !HasEntity(y))
        {
            return; // the run must hold an entity, and only an entity of y is spelled out
        }

        var wordsX = Folded.GetValue(x, Fold);
        var wordsY = Folded.GetValue(y, Fold);
        for (var j = 0; j < y.Units.Count; j++)
        {
            var name = wordsY[j];
            if (y.Units[j].Kind != UnitKind.Entity || name.Length == 0)
            {
                continue;
            }

            for (var i = 0; i < x.Units.Count; i++)
            {
                if (Spells(x, wordsX, i, name) is not { } end)
                {
                    continue;
                }

                // The run must hold a name (an entity) and something still unmatched, and must not be the name matched
                // in full already.
                if (!AnyInRun(i, end, k => x.Units[k].Kind == UnitKind.Entity) || !AnyInRun(i, end, k => simX[k] < UnitMatcher.EntityWordScore))
                {
                    continue;
                }

                for (var k = i; k < end; k++)
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

    private static bool HasEntity(TextProfile profile)
    {
        foreach (var unit in profile.Units)
        {
            if (unit.Kind == UnitKind.Entity)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyInRun(int start, int end, Func<int, bool> test)
    {
        for (var k = start; k < end; k++)
        {
            if (test(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end (exclusive) of the run of units from <paramref name="start"/> whose words, in order, are the
    /// name's words; null when there is none.</summary>
    private static int? Spells(TextProfile x, string[][] wordsX, int start, string[] name)
    {
        var at = 0;
        var k = start;
        while (k < x.Units.Count && at < name.Length && x.Units[k].Kind is UnitKind.Entity or UnitKind.Word)
        {
            var words = wordsX[k];
            if (words.Length == 0 || at + words.Length > name.Length || !words.AsSpan().SequenceEqual(name.AsSpan(at, words.Length)))
            {
                break;
            }

            at += words.Length;
            k++;
        }

        return at == name.Length && k > start ? k : null;
    }

    private static string[][] Fold(TextProfile profile) => [.. profile.Units.Select(Words)];

    private static string[] Words(AlignmentUnit unit) => unit.Kind switch
    {
        UnitKind.Entity => [.. (unit.SurfaceWords ?? unit.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !FunctionWords.IsUncheckable(w.ToLowerInvariant())).Select(NameSpelling.Fold).Where(w => w.Length > 0)],
        UnitKind.Word => [NameSpelling.Fold(unit.Surface)],
        _ => [],
    };
}
