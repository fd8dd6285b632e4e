namespace LocationBoards.SeedGenerator.Business;

/// <summary>Fourteen locations across the metro, with deliberately varied hours, closures, capacities and services.</summary>
internal static class LocationPlans
{
    public static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly string[] AllServices =
        ["SRV-REPAIR-VISIT", "SRV-INSTALL", "SRV-DESCALE", "SRV-ESP-SERVICE", "SRV-GRINDER-TUNE", "SRV-WARRANTY-CHECK", "SRV-FILTER-SUB"];

    private static readonly string[] Basic = ["SRV-WARRANTY-CHECK", "SRV-FILTER-SUB"];

    private static readonly (string, string) Christmas = ("2026-12-25", "Christmas Day");

    public static IReadOnlyList<LocationPlan> All { get; } =
    [
        new("pearl", "Pearl District", "1120 NW Glisan St", 30, Week("07:00-21:00", sun: "08:00-18:00"), [Christmas],
            [.. Basic, "SRV-DESCALE", "SRV-GRINDER-TUNE"], StocksAppliances: true),
        new("downtown", "Downtown", "720 SW Washington St", 40, Week("24h"), [], AllServices, StocksAppliances: true),
        new("hawthorne", "Hawthorne", "3510 SE Hawthorne Blvd", 25, Week("07:00-22:00", fri: "07:00-01:00", sat: "07:00-01:00"), [Christmas],
            AllServices, StocksAppliances: true),
        new("alberta", "Alberta Arts", "1620 NE Alberta St", 15, Week("08:00-20:00", sun: null), [Christmas, ("2027-01-01", "New Year's Day")],
            Basic, StocksAppliances: false),
        new("st-johns", "St Johns", "8720 N Lombard St", 12, Week("08:00-20:00"), [Christmas], [.. Basic, "SRV-DESCALE"], StocksAppliances: false),
        new("sellwood", "Sellwood", "7950 SE 13th Ave", 12, Week("07:30-19:00", sun: "09:00-17:00"),
            [("2026-11-26", "Thanksgiving Day"), Christmas], Basic, StocksAppliances: false),
        new("gateway", "Gateway", "10220 NE Halsey St", 35, Week("06:00-23:00"), [], AllServices, StocksAppliances: true),
        new("beaverton", "Beaverton", "12500 SW Broadway St", 35, Week("07:00-22:00", sun: "08:00-20:00"), [Christmas],
            AllServices, StocksAppliances: true),
        new("hillsboro", "Hillsboro", "216 E Main St", 20, Week("08:00-21:00", sun: "10:00-18:00"), [Christmas],
            [.. Basic, "SRV-DESCALE", "SRV-INSTALL"], StocksAppliances: true),
        new("tigard", "Tigard", "12280 SW Main St", 20, Week("07:00-21:00", sat: "08:00-20:00", sun: "08:00-20:00"), [Christmas],
            [.. Basic, "SRV-REPAIR-VISIT", "SRV-INSTALL"], StocksAppliances: true),
        new("lake-oswego", "Lake Oswego", "455 A Ave", 10, Week("08:00-19:00", sat: "09:00-17:00", sun: null),
            [("2026-12-24", "Christmas Eve stocktake"), Christmas], Basic, StocksAppliances: false),
        new("clackamas", "Clackamas", "8800 SE Sunnyside Rd", 30, Week("07:00-23:00", fri: "07:00-02:00", sat: "07:00-02:00"), [],
            AllServices, StocksAppliances: true),
        new("gresham", "Gresham", "550 NE Division St", 18, Week("07:00-21:00"), [Christmas],
            [.. Basic, "SRV-DESCALE", "SRV-REPAIR-VISIT"], StocksAppliances: false),
        new("vancouver", "Vancouver", "11500 NE Fourth Plain Blvd", 30, Week("06:00-00:00"), [Christmas], AllServices, StocksAppliances: true),
    ];

    /// <summary>The same hours every day unless a day is given (null closes that day).</summary>
    private static Dictionary<string, string[]> Week(
        string daily, string? fri = "", string? sat = "", string? sun = "")
    {
        var week = Days.ToDictionary(d => d, _ => new[] { daily }, StringComparer.Ordinal);
        foreach (var (day, hours) in new[] { ("fri", fri), ("sat", sat), ("sun", sun) })
        {
            if (hours is null)
            {
                week[day] = [];
            }
            else if (hours.Length > 0)
            {
                week[day] = [hours];
            }
        }

        return week;
    }
}
