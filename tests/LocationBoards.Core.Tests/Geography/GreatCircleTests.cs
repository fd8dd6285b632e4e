using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Tests.Geography;

public class GreatCircleTests
{
    [Fact]
    public void Portland_to_Seattle_is_about_233_km()
    {
        var portland = new GeoPoint(45.5152, -122.6784);
        var seattle = new GeoPoint(47.6062, -122.3321);

        Assert.InRange(GreatCircle.DistanceMetres(portland, seattle), 232_000, 235_000);
    }

    [Fact]
    public void Distance_across_the_antimeridian_is_short()
    {
        var west = new GeoPoint(0, 179.9);
        var east = new GeoPoint(0, -179.9);

        Assert.InRange(GreatCircle.DistanceMetres(west, east), 22_000, 22_500);
    }

    [Fact]
    public void Chord_and_metres_convert_both_ways()
    {
        var a = new GeoPoint(70.5, 20.1);
        var b = new GeoPoint(71.2, -150.3);
        var chord = Math.Sqrt(GreatCircle.ToUnitVector(a).SquaredChordTo(GreatCircle.ToUnitVector(b)));

        Assert.Equal(GreatCircle.DistanceMetres(a, b), GreatCircle.ChordToMetres(chord), precision: 3);
        Assert.Equal(chord, GreatCircle.MetresToChord(GreatCircle.ChordToMetres(chord)), precision: 9);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(-90.01, 0)]
    [InlineData(0, 180.5)]
    [InlineData(double.NaN, 0)]
    public void Positions_outside_the_world_are_refused(double latitude, double longitude)
    {
        Assert.False(GeoPoint.TryCreate(latitude, longitude, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
    }
}
