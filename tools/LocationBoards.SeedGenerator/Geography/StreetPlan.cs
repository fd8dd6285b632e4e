namespace LocationBoards.SeedGenerator.Geography;

/// <summary>Which side of the rivers a street is on: ZIP codes are only ever taken from the same side.</summary>
internal enum Region
{
    /// <summary>Oregon east of the Willamette.</summary>
    OregonEast,

    /// <summary>Oregon west of the Willamette.</summary>
    OregonWest,

    /// <summary>Washington, north of the Columbia.</summary>
    Washington,
}

/// <summary>A point of a street with the house number there.</summary>
internal readonly record struct Anchor(int Number, double Latitude, double Longitude);

/// <summary>
/// One street as a line of anchors (house number and position); stretches between anchors are straight.
/// <see cref="Region"/> says which side of the rivers it is on (set by the list it comes from).
/// </summary>
internal sealed record StreetPlan(string Name, IReadOnlyList<Anchor> Anchors, bool Washington = false)
{
    public Region Region { get; init; } = Washington ? Region.Washington : Region.OregonEast;

    private const int AnchorEvery = 500;

    /// <summary>A street running east–west at a fixed latitude; its numbers give the longitude.</summary>
    public static StreetPlan EastWest(string name, double latitude, int from, int to, Func<int, double> longitude, bool washington = false) =>
        new(name, [.. Numbers(from, to).Select(n => new Anchor(n, latitude, longitude(n)))], washington);

    /// <summary>A street running north–south at a fixed longitude; its numbers give the latitude.</summary>
    public static StreetPlan NorthSouth(string name, double longitude, int from, int to, Func<int, double> latitude, bool washington = false) =>
        new(name, [.. Numbers(from, to).Select(n => new Anchor(n, latitude(n), longitude))], washington);

    /// <summary>A street that follows its own line (a diagonal, a curving highway).</summary>
    public static StreetPlan Along(string name, params (int Number, double Latitude, double Longitude)[] anchors) =>
        new(name, [.. anchors.Select(a => new Anchor(a.Number, a.Latitude, a.Longitude))]);

    public static StreetPlan AlongInWashington(string name, params (int Number, double Latitude, double Longitude)[] anchors) =>
        new(name, [.. anchors.Select(a => new Anchor(a.Number, a.Latitude, a.Longitude))], Washington: true);

    private static IEnumerable<int> Numbers(int from, int to)
    {
        yield return from;
        for (var n = ((from / AnchorEvery) + 1) * AnchorEvery; n < to; n += AnchorEvery)
        {
            yield return n;
        }

        yield return to;
    }
}
