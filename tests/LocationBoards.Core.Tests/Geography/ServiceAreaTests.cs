using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Tests.Geography;

public class ServiceAreaTests
{
    private const string Square =
        """{"type":"Polygon","coordinates":[[[-122.70,45.50],[-122.60,45.50],[-122.60,45.55],[-122.70,45.55],[-122.70,45.50]]]}""";

    [Fact]
    public void A_point_inside_the_polygon_is_served_and_one_outside_is_not()
    {
        var area = ServiceArea.Parse(Square);

        Assert.True(area.Contains(new GeoPoint(45.52, -122.65)));
        Assert.False(area.Contains(new GeoPoint(45.52, -122.75)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("""{"type":"Point","coordinates":[-122.6,45.5]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-122.70,95.50],[-122.60,45.50],[-122.60,45.55],[-122.70,95.50]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""")]
    public void Malformed_areas_are_refused_with_a_reason(string geoJson)
    {
        Assert.False(ServiceArea.TryParse(geoJson, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
