using LocationBoards.Core.Geography;
using LocationBoards.Core.Routing;

namespace LocationBoards.Core.Tests.Routing;

public class LocationIndexTests
{
    private static GeoPoint RandomPoint(Random random) =>
        new(Math.Asin((random.NextDouble() * 2) - 1) * 180 / Math.PI, (random.NextDouble() * 360) - 180);

    private static GeoPoint[] Points(Random random, int count, Func<Random, GeoPoint> make) =>
        [.. Enumerable.Range(0, count).Select(_ => make(random))];

    private static int BruteForceNearest(GeoPoint[] points, GeoPoint origin)
    {
        var best = -1;
        var bestDistance = double.PositiveInfinity;
        for (var i = 0; i < points.Length; i++)
        {
            var d = GreatCircle.DistanceMetres(origin, points[i]);
            if (d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }

        return best;
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 1_000)]
    [InlineData(3, 20_000)]
    public void Nearest_agrees_with_a_brute_force_great_circle_scan_worldwide(int seed, int locations)
    {
        var random = new Random(seed);
        var points = Points(random, locations, RandomPoint);
        var index = new LocationIndex(points);

        for (var query = 0; query < 2_000; query++)
        {
            var origin = RandomPoint(random);
            var expected = BruteForceNearest(points, origin);
            var actual = index.Nearest(origin);

            Assert.Equal(
                GreatCircle.DistanceMetres(origin, points[expected]),
                GreatCircle.DistanceMetres(origin, points[actual]),
                precision: 6);
        }
    }

    [Fact]
    public void Nearest_is_exact_near_the_poles_and_across_the_antimeridian()
    {
        var random = new Random(4);
        GeoPoint Polar(Random r) => new((70 + (r.NextDouble() * 20)) * (r.Next(2) == 0 ? 1 : -1), (r.NextDouble() * 360) - 180);
        GeoPoint Seam(Random r) => new((r.NextDouble() * 120) - 60, r.Next(2) == 0 ? 175 + (r.NextDouble() * 5) : -180 + (r.NextDouble() * 5));
        var points = Points(random, 500, Polar).Concat(Points(random, 500, Seam)).ToArray();
        var index = new LocationIndex(points);

        foreach (var origin in Points(random, 1_000, Polar).Concat(Points(random, 1_000, Seam)))
        {
            var expected = BruteForceNearest(points, origin);
            Assert.Equal(
                GreatCircle.DistanceMetres(origin, points[expected]),
                GreatCircle.DistanceMetres(origin, points[index.Nearest(origin)]),
                precision: 6);
        }
    }

    [Fact]
    public void A_point_just_across_the_antimeridian_is_nearer_than_one_on_the_same_side()
    {
        var index = new LocationIndex([new GeoPoint(0, 170), new GeoPoint(0, -179.5)]);

        Assert.Equal(1, index.Nearest(new GeoPoint(0, 179.5)));
    }

    [Fact]
    public void Nearest_first_lists_every_location_in_great_circle_order()
    {
        var random = new Random(5);
        var points = Points(random, 300, RandomPoint);
        var index = new LocationIndex(points);

        for (var query = 0; query < 50; query++)
        {
            var origin = RandomPoint(random);
            var expected = points.Select((p, i) => GreatCircle.DistanceMetres(origin, p)).Order().ToList();
            var actual = index.NearestFirst(origin).Select(hit => hit.DistanceMetres).ToList();

            Assert.Equal(points.Length, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], actual[i], precision: 3);
            }
        }
    }

    [Fact]
    public void Equal_distances_come_out_by_lower_entry()
    {
        var same = new GeoPoint(45.5, -122.6);
        var index = new LocationIndex([new GeoPoint(10, 10), same, same, same]);

        Assert.Equal(1, index.Nearest(same));
        Assert.Equal([1, 2, 3, 0], index.NearestFirst(same).Select(hit => hit.Entry));
    }

    [Fact]
    public void The_nearest_with_its_distance_is_the_first_of_nearest_first_exactly()
    {
        var random = new Random(5);
        var points = Points(random, 2_000, RandomPoint);
        var index = new LocationIndex(points);

        for (var q = 0; q < 500; q++)
        {
            var origin = RandomPoint(random);
            Assert.Equal(index.NearestFirst(origin).First(), index.NearestWithDistance(origin));
        }
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var index = new LocationIndex([]);

        Assert.Equal(-1, index.Nearest(new GeoPoint(0, 0)));
        Assert.Null(index.NearestWithDistance(new GeoPoint(0, 0)));
        Assert.Empty(index.NearestFirst(new GeoPoint(0, 0)));
    }
}
