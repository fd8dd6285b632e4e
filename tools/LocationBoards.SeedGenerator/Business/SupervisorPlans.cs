namespace LocationBoards.SeedGenerator.Business;

/// <summary>The demo supervisors and the locations each oversees: together they cover every location once.</summary>
internal static class SupervisorPlans
{
    public static IReadOnlyList<(string UserName, string DisplayName, string[] Locations)> All { get; } =
    [
        ("supervisor", "Sam Supervisor", ["pearl", "downtown", "hawthorne", "alberta"]),
        ("supervisor2", "Jo Supervisor", ["st-johns", "gateway", "gresham", "vancouver"]),
        ("supervisor3", "Kim Supervisor", ["sellwood", "beaverton", "hillsboro", "tigard", "lake-oswego", "clackamas"]),
    ];

    /// <summary>The supervisor of a location's technicians.</summary>
    public static string Of(string locationCode) =>
        All.First(s => s.Locations.Contains(locationCode, StringComparer.Ordinal)).UserName;
}
