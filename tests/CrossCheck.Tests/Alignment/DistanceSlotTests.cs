namespace CrossCheck.Tests.Alignment;

/// <summary>Where an event happened, told in two independent reports as its distance from one landmark (decision 451): the
/// landmark named in one report and described by a word of its name in the other ("south of the airfield" / "north of
/// Harwick Airfield"), each the only distance from it in its report, is one slot however little else the two sentences
/// share. A distance that locates another place, one from another landmark, and two values that can both hold do not
/// clash. Every report here is made up for the test.</summary>
public sealed class DistanceSlotTests
{
    private const string Title = "Glider crash near Harwick";

    [Theory]
    [InlineData("The Kestrel came down in a bean field some 12 miles from the airfield after its tow line snapped.", "Radar showed the glider roughly 45 km from Harwick Airfield at that moment.")]
    [InlineData("The glider hit the ground some 12 miles from the airfield, police said.", "The pilot sent a last message at 3.10 p.m. about 45 km north of Harwick Airfield.")]
    public void Two_distances_from_one_landmark_clash(string first, string second)
    {
        Assert.True(TwoReports.Contradicted(first, second, "12 miles", Title));
        Assert.True(TwoReports.Contradicted(second, first, "45 km", Title));
    }

    [Theory]
    // Values that can both hold: 12 miles is about 19 km.
    [InlineData("The glider hit the ground some 12 miles from the airfield, police said.", "The pilot sent a last message at 3.10 p.m. about 19 km north of Harwick Airfield.")]
    // Another landmark.
    [InlineData("The glider hit the ground some 12 miles from the airfield, police said.", "The pilot sent a last message at 3.10 p.m. about 45 km north of Brora harbour.")]
    // A distance in apposition locates the place it follows, not the crash.
    [InlineData("The glider hit the ground some 12 miles from Harwick Airfield, police said.", "The worst damage was in the village of Olm, about 45 km from Harwick Airfield.")]
    public void Other_distances_do_not_clash(string first, string second) =>
        Assert.False(TwoReports.Contradicted(first, second, "12 miles", Title));
}
