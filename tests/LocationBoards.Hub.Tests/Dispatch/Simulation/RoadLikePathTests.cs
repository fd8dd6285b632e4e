using LocationBoards.Core.Geography;
using LocationBoards.Hub.Features.Dispatch.Simulation;

namespace LocationBoards.Hub.Tests.Dispatch.Simulation;

public class RoadLikePathTests
{
    private static readonly GeoPoint Depot = new(45.5231, -122.6765);
    private static readonly GeoPoint Customer = new(45.5120, -122.6400);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Walking_covers_exactly_the_distance_each_step_and_stops_at_the_destination(int seed)
    {
        var path = RoadLikePath.Plan(Depot, Customer, new Random(seed));
        var total = path.RemainingMetres(Depot);
        const double stride = 9.7;
        var at = Depot;
        var steps = 0;
        var arrived = false;
        while (!arrived)
        {
            var before = path.RemainingMetres(at);
            var progress = path.Walk(at, stride);
            (at, path, arrived) = (progress.At, progress.Rest, progress.Arrived);
            var covered = before - path.RemainingMetres(at);
            Assert.InRange(covered, arrived ? 0 : stride - 0.001, stride + 0.001);
            Assert.True(++steps <= 10_000, "the walk never arrived");
        }

        Assert.Equal((int)Math.Ceiling(total / stride), steps);
        Assert.Equal(Customer, at);
        Assert.Equal(0, path.RemainingMetres(at), 6);
    }

    [Fact]
    public void Legs_run_along_parallels_and_meridians_and_are_not_much_longer_than_the_crow_flies()
    {
        var path = RoadLikePath.Plan(Depot, Customer, new Random(7));

        var previous = Depot;
        foreach (var corner in path.Corners)
        {
            Assert.True(
                Math.Abs(corner.Latitude - previous.Latitude) < 1e-9 || Math.Abs(corner.Longitude - previous.Longitude) < 1e-9,
                $"{previous} → {corner} is not along a street of the grid");
            previous = corner;
        }

        var straight = GreatCircle.DistanceMetres(Depot, Customer);
        Assert.True(path.Corners.Count >= 4, "a drive of a few kilometres turns a few corners");
        Assert.InRange(path.RemainingMetres(Depot), straight, straight * Math.Sqrt(2) * 1.001);
    }

    [Fact]
    public void The_same_seed_plans_the_same_path()
    {
        var first = RoadLikePath.Plan(Depot, Customer, new Random(3));
        var second = RoadLikePath.Plan(Depot, Customer, new Random(3));

        Assert.Equal(first.Corners, second.Corners);
    }

    [Fact]
    public void A_step_toward_a_point_never_passes_it()
    {
        var distance = GreatCircle.DistanceMetres(Depot, Customer);

        var part = RoadLikePath.Toward(Depot, Customer, 250);

        Assert.Equal(250, GreatCircle.DistanceMetres(Depot, part), 3);
        Assert.Equal(distance - 250, GreatCircle.DistanceMetres(part, Customer), 3);
        Assert.Equal(Customer, RoadLikePath.Toward(Depot, Customer, distance + 1));
        Assert.Equal(Depot, RoadLikePath.Toward(Depot, Customer, 0));
    }

    [Fact]
    public void A_path_across_the_antimeridian_goes_the_short_way()
    {
        var west = new GeoPoint(-17.70, 179.99);
        var east = new GeoPoint(-17.71, -179.99);

        var path = RoadLikePath.Plan(west, east, new Random(1));

        Assert.True(path.RemainingMetres(west) < 5_000, $"{path.RemainingMetres(west)} m is the long way round");
        Assert.True(path.Walk(west, 10_000).Arrived);
    }

    [Fact]
    public void A_path_to_where_one_stands_is_already_walked()
    {
        var path = RoadLikePath.Plan(Depot, Depot, new Random(1));

        var progress = path.Walk(Depot, 10);

        Assert.True(progress.Arrived);
        Assert.Equal(Depot, progress.At);
    }

    [Fact]
    public void A_point_displaced_on_a_bearing_lies_at_that_distance()
    {
        var north = RoadLikePath.Displaced(Depot, 0, 1000);
        var east = RoadLikePath.Displaced(Depot, 90, 1000);

        Assert.Equal(1000, GreatCircle.DistanceMetres(Depot, north), 3);
        Assert.Equal(1000, GreatCircle.DistanceMetres(Depot, east), 3);
        Assert.True(north.Latitude > Depot.Latitude);
        Assert.True(east.Longitude > Depot.Longitude);
    }
}
