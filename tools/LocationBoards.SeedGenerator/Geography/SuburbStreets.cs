namespace LocationBoards.SeedGenerator.Geography;

/// <summary>Towns with grids of their own: Hillsboro, Gresham, Lake Oswego, and Vancouver across the Columbia.</summary>
internal static class SuburbStreets
{
    public static IEnumerable<StreetPlan> All() =>
        Hillsboro().Concat(LakeOswego()).Select(p => p with { Region = Region.OregonWest }).Concat(Gresham()).Concat(Vancouver());

    private static IEnumerable<StreetPlan> Hillsboro()
    {
        var h = Grid.Hillsboro;
        yield return StreetPlan.EastWest("E Main St", h.North(0), 100, 2999, h.East);
        yield return StreetPlan.EastWest("W Main St", h.North(0), 100, 1499, h.West);
        yield return StreetPlan.EastWest("SE Washington St", h.South(200), 100, 2999, h.East);
        yield return StreetPlan.EastWest("SE Baseline St", h.South(300), 100, 3999, h.East);
        yield return StreetPlan.EastWest("SE Tualatin Valley Hwy", h.South(700), 100, 6999, h.East);
        yield return StreetPlan.EastWest("NE Lincoln St", h.North(200), 100, 2999, h.East);
        yield return StreetPlan.EastWest("NE Grant St", h.North(500), 100, 2999, h.East);
        yield return StreetPlan.NorthSouth("N 1st Ave", -122.9898, 100, 1999, h.North);
        yield return StreetPlan.NorthSouth("S 1st Ave", -122.9898, 100, 1999, h.South);
        foreach (var avenue in new[] { 10, 28, 44 })
        {
            yield return StreetPlan.NorthSouth($"NE {Ordinals.Of(avenue)} Ave", h.East(avenue * 100), 100, 2999, h.North);
            yield return StreetPlan.NorthSouth($"SE {Ordinals.Of(avenue)} Ave", h.East(avenue * 100), 100, 1999, h.South);
        }

        yield return StreetPlan.Along("NE Cornell Rd", (700, 45.5280, -122.9810), (2500, 45.5355, -122.9570), (5300, 45.5365, -122.9210));
    }

    private static IEnumerable<StreetPlan> Gresham()
    {
        var g = Grid.Gresham;
        yield return StreetPlan.EastWest("NE Division St", g.North(850), 100, 2999, g.East);
        yield return StreetPlan.EastWest("NW Division St", g.North(850), 100, 2999, g.West);
        yield return StreetPlan.EastWest("E Powell Blvd", g.North(0), 100, 2999, g.East);
        yield return StreetPlan.EastWest("W Powell Blvd", g.North(0), 100, 1999, g.West);
        yield return StreetPlan.NorthSouth("N Main Ave", g.East(0), 100, 1999, g.North);
        yield return StreetPlan.NorthSouth("S Main Ave", g.East(0), 100, 1499, g.South);
        yield return StreetPlan.NorthSouth("NW Eastman Pkwy", g.West(1300), 100, 2999, g.North);
        yield return StreetPlan.NorthSouth("NW Birdsdale Ave", g.West(2600), 100, 2999, g.North);
        yield return StreetPlan.NorthSouth("NE Cleveland Ave", g.East(700), 100, 2499, g.North);
        yield return StreetPlan.NorthSouth("NE Hogan Dr", g.East(1500), 100, 2999, g.North);
        yield return StreetPlan.NorthSouth("SE Hogan Rd", g.East(1500), 100, 3999, g.South);
        yield return StreetPlan.NorthSouth("NE Kane Dr", g.East(2300), 100, 2999, g.North);
    }

    private static IEnumerable<StreetPlan> LakeOswego()
    {
        var l = Grid.LakeOswego;
        yield return StreetPlan.EastWest("A Ave", l.North(0), 100, 1799, l.West);
        yield return StreetPlan.EastWest("B Ave", l.North(170), 100, 1799, l.West);
        yield return StreetPlan.EastWest("C Ave", l.North(340), 100, 1499, l.West);
        yield return StreetPlan.EastWest("Country Club Rd", l.North(750), 100, 1999, l.West);
        yield return StreetPlan.EastWest("Iron Mountain Blvd", 45.4185, 100, 2999, l.West);
        yield return StreetPlan.EastWest("Lakeview Blvd", 45.4095, 100, 3999, l.West);
        yield return StreetPlan.NorthSouth("N State St", l.East(0), 100, 1599, l.North);
        yield return StreetPlan.NorthSouth("S State St", l.East(0), 100, 1299, l.South);
        for (var street = 1; street <= 10; street++)
        {
            yield return StreetPlan.NorthSouth($"{Ordinals.Of(street)} St", l.West(street * 100), 100, 999, l.North);
        }

        yield return StreetPlan.Along("Boones Ferry Rd", (14400, 45.4185, -122.7065), (15800, 45.4085, -122.7220), (17000, 45.3995, -122.7330));
        yield return StreetPlan.Along("Kruse Way", (4000, 45.4150, -122.7120), (5000, 45.4135, -122.7250), (5900, 45.4110, -122.7390));
    }

    private static IEnumerable<StreetPlan> Vancouver()
    {
        var v = Grid.Vancouver;
        yield return StreetPlan.NorthSouth("Main St", v.East(0), 100, 7999, v.North, washington: true);
        yield return StreetPlan.NorthSouth("Broadway St", -122.6700, 100, 3999, v.North, washington: true);
        yield return StreetPlan.EastWest("W 8th St", v.North(800), 100, 1999, v.West, washington: true);
        yield return StreetPlan.EastWest("E 8th St", v.North(800), 100, 2999, v.East, washington: true);
        yield return StreetPlan.EastWest("W Evergreen Blvd", v.North(1050), 100, 1999, v.West, washington: true);
        yield return StreetPlan.EastWest("E Evergreen Blvd", v.North(1050), 100, 2999, v.East, washington: true);
        yield return StreetPlan.EastWest("W Mill Plain Blvd", 45.6333, 100, 2999, v.West, washington: true);
        yield return StreetPlan.EastWest("W Fourth Plain Blvd", 45.6437, 100, 3999, v.West, washington: true);
        yield return StreetPlan.EastWest("E McLoughlin Blvd", 45.6378, 100, 5999, v.East, washington: true);
        yield return StreetPlan.EastWest("E 39th St", v.North(3900), 100, 6999, v.East, washington: true);
        yield return StreetPlan.EastWest("NE 18th St", v.North(1800), 8700, 16999, v.East, washington: true);
        yield return StreetPlan.EastWest("NE 28th St", v.North(2800), 8700, 16999, v.East, washington: true);
        yield return StreetPlan.EastWest("NE 63rd St", v.North(6300), 100, 11999, v.East, washington: true);
        yield return StreetPlan.EastWest("NE 78th St", v.North(7800), 100, 11999, v.East, washington: true);
        yield return StreetPlan.EastWest("NE 99th St", v.North(9900), 100, 14999, v.East, washington: true);
        yield return StreetPlan.NorthSouth("NE Hazel Dell Ave", -122.6630, 5000, 9999, v.North, washington: true);
        yield return StreetPlan.NorthSouth("NE Andresen Rd", -122.6030, 1400, 7799, v.North, washington: true);
        foreach (var avenue in new[] { 112, 137, 164 })
        {
            yield return StreetPlan.NorthSouth($"NE {Ordinals.Of(avenue)} Ave", v.East(avenue * 100), 100, 6999, v.North, washington: true);
        }

        yield return StreetPlan.AlongInWashington(
            "E Mill Plain Blvd", (100, 45.6333, -122.6705), (3000, 45.6330, -122.6403), (6600, 45.6255, -122.6030), (8699, 45.6215, -122.5810));
        yield return StreetPlan.AlongInWashington(
            "SE Mill Plain Blvd", (8700, 45.6215, -122.5810), (11200, 45.6180, -122.5550), (16999, 45.6190, -122.4950));
        yield return StreetPlan.AlongInWashington(
            "E Fourth Plain Blvd", (100, 45.6437, -122.6705), (3000, 45.6445, -122.6403), (4999, 45.6475, -122.6195));
        yield return StreetPlan.AlongInWashington(
            "NE Fourth Plain Blvd",
            (5000, 45.6475, -122.6195), (6600, 45.6510, -122.6030), (8700, 45.6545, -122.5810), (11500, 45.6575, -122.5519),
            (13700, 45.6595, -122.5290), (16999, 45.6640, -122.4950));
    }
}
