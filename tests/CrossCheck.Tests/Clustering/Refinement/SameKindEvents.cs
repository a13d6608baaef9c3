using CrossCheck.Extraction;

namespace CrossCheck.Tests.Clustering.Refinement;

/// <summary>Fictional reports of two drink-driving arrests of players of one club in one city: same team, city,
/// coach and vocabulary; different player, officer, road, day and figures. Each report words the event its own
/// way, as independent outlets do.</summary>
internal static class SameKindEvents
{
    public sealed record Event(string Key, string Player, string Officer, string Road, string Day, string Hour, int Speed, string Car);

    public static readonly Event Alvik = new("alvik", "Joren Alvik", "Sergeant Mira Holt", "the Kessel ring road", "Sunday", "2:40 a.m.", 131, "silver Veltra coupe");

    public static readonly Event Brannock = new("brannock", "Tavi Brannock", "Inspector Olek Fenn", "Harbour Street", "Thursday", "11:15 p.m.", 96, "black Orsan pickup");

    private static readonly Func<Event, string>[] Sentences =
    [
        e => $"{e.Player} of the Portmere Gulls was arrested on suspicion of drunk driving early on {e.Day} in Portmere.",
        e => $"{e.Officer} said {e.Player} was stopped on {e.Road} at {e.Hour} after driving his {e.Car} at {e.Speed} km/h.",
        e => $"The Portmere Gulls said they were aware of the arrest of {e.Player} and would not comment further.",
        e => $"{e.Player}, who joined the club last season, was released on {e.Day} after posting bail.",
        e => $"Coach Danel Ruske told reporters in Portmere that {e.Player} would miss the next match.",
        e => $"According to {e.Officer}, a breath test showed {e.Player} was well over the legal limit.",
        e => $"The {e.Car} driven by {e.Player} was towed from {e.Road}, police said.",
        e => $"Club officials met {e.Player} on {e.Day} and said a fine was likely.",
    ];

    /// <summary>Report <paramref name="variant"/> of an event: five of the eight sentences, rotated.</summary>
    public static Article Report(Event e, int variant, string? outlet = null)
    {
        var picked = Enumerable.Range(0, 5).Select(i => Sentences[(variant + (i * 3)) % Sentences.Length](e));
        var id = $"{e.Key}-{variant}";
        return new Article(id, id + ".txt", $"{e.Player} arrested in Portmere", string.Join(' ', picked), Outlet: outlet ?? $"Outlet {variant}");
    }
}
