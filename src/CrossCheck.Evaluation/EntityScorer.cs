using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>A gold entity is right when one predicted entity carries all its names (name and aliases,
/// leading "the" dropped), has its type, and carries no name of another gold entity. Precision is over
/// the predicted entities that share a name with any gold entity.</summary>
public static class EntityScorer
{
    public static SectionCounts Score(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var goldNames = gold.Entities.Select(NamesOf).ToList();
        var predicted = predictions.Entities.Select(e => (Entity: e, Names: NamesOf(e))).ToList();
        var touching = predicted.Where(p => goldNames.Any(g => g.Overlaps(p.Names))).ToList();
        var usedPredictions = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        var right = 0;
        for (var i = 0; i < gold.Entities.Count; i++)
        {
            var names = goldNames[i];
            var others = goldNames.Where((_, j) => j != i).ToList();
            var match = touching.FirstOrDefault(p =>
                !usedPredictions.Contains(p.Entity)
                && p.Names.IsSupersetOf(names)
                && string.Equals(TypeName(p.Entity.Type), gold.Entities[i].Type, StringComparison.Ordinal)
                && !others.Any(o => o.Overlaps(p.Names)));
            if (match.Entity is not null)
            {
                usedPredictions.Add(match.Entity);
                right++;
                continue;
            }

            if (issues is not null)
            {
                var near = touching.Where(p => p.Names.Overlaps(names)).Select(p => Describe(p.Entity)).ToList();
                var expected = $"{gold.Entities[i].Name} ({gold.Entities[i].Type}; {string.Join(", ", gold.Entities[i].Aliases)})";
                issues(near.Count == 0 ? IssueKinds.Missed : IssueKinds.Wrong, null, near.Count == 0 ? expected : $"{expected}: got {string.Join(" | ", near)}");
            }
        }

        return SectionCounts.Of(right, touching.Count, gold.Entities.Count);
    }

    public static string TypeName(EntityTypeValue type) => type switch
    {
        EntityTypeValue.Person => "person",
        EntityTypeValue.Organization => "organization",
        EntityTypeValue.Place => "place",
        _ => "other",
    };

    private static string Describe(EntityEntry entity) =>
        $"{entity.Name} ({TypeName(entity.Type)}; {string.Join(", ", entity.Aliases)})";

    private static HashSet<string> NamesOf(GoldEntity entity) =>
        entity.Aliases.Append(entity.Name).Select(TextMatch.Name).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> NamesOf(EntityEntry entity) =>
        entity.Aliases.Append(entity.Name).Select(TextMatch.Name).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
}
