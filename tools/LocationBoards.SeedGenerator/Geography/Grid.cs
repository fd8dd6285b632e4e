namespace LocationBoards.SeedGenerator.Geography;

/// <summary>
/// An address grid: house numbers grow by 100 a block away from two base lines. Each function turns a
/// number on one side of a base line into the latitude (north/south) or longitude (east/west) it stands for.
/// The scales were fitted by hand to well-known corners (see docs/seed-data.md).
/// </summary>
internal sealed record Grid(
    string Name,
    Func<int, double> North,
    Func<int, double> South,
    Func<int, double> East,
    Func<int, double> West)
{
    /// <summary>
    /// Portland: Burnside divides north from south, the Willamette east from west (north of Burnside, Williams
    /// Avenue divides N from NE). Washington County, Tigard, Milwaukie and Clackamas carry the same grid on.
    /// </summary>
    public static Grid Portland { get; } = new(
        "Portland",
        n => 45.5231 + (n * 0.00000725),
        n => 45.5231 - (n * 0.00000725),
        n => -122.6655 + (n * 0.00001055),
        n => n <= 2500 ? -122.6712 - (n * 0.0000120) : -122.7012 - ((n - 2500) * 0.00001047));

    /// <summary>North Portland numbers grow westward from Williams Avenue.</summary>
    public static Func<int, double> NorthPortlandWest { get; } = n => -122.6668 - (n * 0.0000101);

    /// <summary>Northwest Portland's lettered streets (Couch, Davis, … Vaughn) are a little closer together.</summary>
    public static Func<int, double> NorthwestNorth { get; } = n => 45.5231 + (n * 0.0000068);

    /// <summary>Hillsboro: Main Street and First Avenue.</summary>
    public static Grid Hillsboro { get; } = new(
        "Hillsboro",
        n => 45.5229 + (n * 0.0000072),
        n => 45.5229 - (n * 0.0000072),
        n => -122.9898 + (n * 0.0000127),
        n => -122.9898 - (n * 0.0000127));

    /// <summary>Gresham: Powell Boulevard and Main Avenue.</summary>
    public static Grid Gresham { get; } = new(
        "Gresham",
        n => 45.4985 + (n * 0.0000072),
        n => 45.4985 - (n * 0.0000072),
        n => -122.4310 + (n * 0.0000103),
        n => -122.4310 - (n * 0.0000103));

    /// <summary>Lake Oswego's downtown: A Avenue and State Street.</summary>
    public static Grid LakeOswego { get; } = new(
        "Lake Oswego",
        n => 45.4205 + (n * 0.0000072),
        n => 45.4205 - (n * 0.0000072),
        n => -122.6690 + (n * 0.0000103),
        n => -122.6690 - (n * 0.0000103));

    /// <summary>Vancouver and Clark County: numbered streets north from the Columbia, avenues east of Main Street.</summary>
    public static Grid Vancouver { get; } = new(
        "Vancouver",
        n => 45.6225 + (n * 0.00000708),
        n => 45.6225 - (n * 0.00000708),
        n => -122.6715 + (n * 0.0000104),
        n => -122.6715 - (n * 0.0000104));
}
