namespace CrossCheck.Alignment;

/// <summary>Gives the same <see cref="AlignmentUnit.Id"/> to every word unit of one lemma and every entity unit
/// of one key and surface, across a story's claims. Quantities and dates stay unnumbered: they are compared by
/// value and are few.</summary>
internal sealed class UnitNumbering
{
    private readonly Dictionary<(UnitKind, string, string), int> _ids = [];

    public AlignmentUnit Number(AlignmentUnit unit)
    {
        if (unit.Kind is not (UnitKind.Word or UnitKind.Entity))
        {
            return unit;
        }

        // A word's similarity depends on its lemma only; an entity's also on its surface words.
        var key = (unit.Kind, unit.Key, unit.Kind == UnitKind.Entity ? unit.Surface + "|" + string.Join(' ', unit.SurfaceWords ?? []) : "");
        if (!_ids.TryGetValue(key, out var id))
        {
            _ids[key] = id = _ids.Count;
        }

        return unit with { Id = id };
    }
}
