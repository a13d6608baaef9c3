using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

public sealed class PlaceZonesTests
{
    [Theory]
    [InlineData("Aceh", "Asia/Jakarta")]
    [InlineData("the Philippines", "Asia/Manila")]
    [InlineData("france", "Europe/Paris")]
    public void Places_have_the_zone_of_their_clock(string place, string zone) =>
        Assert.Equal(zone, PlaceZones.Default.ZoneOf(place));

    [Fact]
    public void Unknown_places_and_countries_with_several_zones_have_none()
    {
        Assert.Null(PlaceZones.Default.ZoneOf("Velmora"));
        Assert.Null(PlaceZones.Default.ZoneOf("United States"));
        Assert.Null(PlaceZones.Default.ZoneOf("Russia"));
    }

    [Fact]
    public void The_offset_follows_daylight_saving_on_the_day()
    {
        Assert.Equal(TimeSpan.FromHours(1), PlaceZones.Default.OffsetAt("Berlin", new DateTime(2025, 1, 15, 12, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(2), PlaceZones.Default.OffsetAt("Berlin", new DateTime(2025, 7, 15, 12, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(7), PlaceZones.Default.OffsetAt("Sumatra", new DateTime(2025, 7, 15, 12, 0, 0)));
    }
}
