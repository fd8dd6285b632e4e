namespace LocationBoards.SeedGenerator.Geography;

/// <summary>Portland east of the Willamette (N, NE, SE), Milwaukie, Clackamas and Happy Valley on the Portland grid.</summary>
internal static class EastsideStreets
{
    private static readonly Grid P = Grid.Portland;

    // East–west streets south of Burnside: name, latitude, first and last house number (numbers grow eastward).
    private static readonly (string Name, double Lat, int From, int To)[] Southeast =
    [
        ("E Burnside St", 45.5231, 100, 19999),
        ("SE Stark St", 45.5192, 100, 25999),
        ("SE Morrison St", 45.5172, 100, 8199),
        ("SE Belmont St", 45.5163, 100, 8199),
        ("SE Salmon St", 45.5137, 1200, 7999),
        ("SE Main St", 45.5128, 1200, 8199),
        ("SE Hawthorne Blvd", 45.5121, 100, 6099),
        ("SE Harrison St", 45.5094, 1200, 8199),
        ("SE Division St", 45.5046, 100, 19999),
        ("SE Clinton St", 45.5033, 1200, 5299),
        ("SE Powell Blvd", 45.4975, 100, 19999),
        ("SE Holgate Blvd", 45.4903, 1200, 13599),
        ("SE Steele St", 45.4869, 2800, 8299),
        ("SE Harold St", 45.4835, 4400, 13599),
        ("SE Woodstock Blvd", 45.4790, 2800, 9599),
        ("SE Duke St", 45.4740, 5200, 13599),
        ("SE Bybee Blvd", 45.4725, 1300, 3699),
        ("SE Flavel St", 45.4665, 5200, 12999),
        ("SE Tacoma St", 45.4644, 600, 2199),
        ("SE Johnson Creek Blvd", 45.4535, 3200, 9999),
        ("SE King Rd", 45.4445, 3800, 12999),
        ("SE Monroe St", 45.4430, 2000, 6999),
        ("SE Lake Rd", 45.4380, 2100, 9999),
        ("SE Sunnyside Rd", 45.4330, 8000, 14999),
    ];

    // East–west streets north of Burnside and east of Williams Avenue.
    private static readonly (string Name, double Lat, int From, int To)[] Northeast =
    [
        ("NE Glisan St", 45.5265, 100, 20299),
        ("NE Multnomah St", 45.5305, 100, 3399),
        ("NE Halsey St", 45.5333, 100, 20299),
        ("NE Broadway", 45.5350, 100, 3399),
        ("NE Tillamook St", 45.5380, 100, 3399),
        ("NE Knott St", 45.5411, 100, 3399),
        ("NE Fremont St", 45.5486, 100, 10299),
        ("NE Skidmore St", 45.5530, 100, 4999),
        ("NE Prescott St", 45.5556, 100, 12299),
        ("NE Alberta St", 45.5590, 100, 3399),
        ("NE Killingsworth St", 45.5627, 100, 8299),
        ("NE Ainsworth St", 45.5688, 100, 3499),
        ("NE Rosa Parks Way", 45.5737, 100, 3399),
    ];

    // East–west streets of North Portland: numbers grow westward from Williams Avenue.
    private static readonly (string Name, double Lat, int From, int To)[] North =
    [
        ("N Skidmore St", 45.5530, 100, 4199),
        ("N Alberta St", 45.5590, 100, 2199),
        ("N Killingsworth St", 45.5627, 100, 4199),
        ("N Rosa Parks Way", 45.5737, 100, 3399),
        ("N Ivanhoe St", 45.5880, 8300, 9299),
    ];

    // Numbered avenues (the number gives the longitude): avenue, south range, north range (0 = none).
    private static readonly (int Avenue, int SouthTo, int NorthTo)[] Avenues =
    [
        (7, 3299, 4999), (11, 3399, 0), (12, 3399, 3399), (15, 2899, 5599), (20, 4499, 0), (26, 5599, 0),
        (28, 4499, 3999), (30, 0, 5999), (33, 0, 7599), (42, 0, 6999), (50, 6999, 0), (52, 8999, 0),
        (57, 0, 4999), (60, 5199, 0), (72, 8999, 4999), (82, 12999, 6999), (92, 9999, 0), (102, 5999, 4999),
        (112, 9999, 0), (122, 9999, 8999), (136, 8999, 0), (148, 8999, 4999), (162, 8999, 4999),
        (174, 8999, 0), (182, 9999, 0), (190, 5999, 0),
    ];

    public static IEnumerable<StreetPlan> All()
    {
        foreach (var (name, lat, from, to) in Southeast.Concat(Northeast))
        {
            yield return StreetPlan.EastWest(name, lat, from, to, P.East);
        }

        foreach (var (name, lat, from, to) in North)
        {
            yield return StreetPlan.EastWest(name, lat, from, to, Grid.NorthPortlandWest);
        }

        foreach (var (avenue, southTo, northTo) in Avenues)
        {
            var longitude = P.East(avenue * 100);
            if (southTo > 0)
            {
                yield return StreetPlan.NorthSouth($"SE {Ordinals.Of(avenue)} Ave", longitude, 100, southTo, P.South);
            }

            if (northTo > 0)
            {
                yield return StreetPlan.NorthSouth($"NE {Ordinals.Of(avenue)} Ave", longitude, 100, northTo, P.North);
            }
        }

        // Rockwood's avenue is 181st north of Burnside and 182nd south of it.
        yield return StreetPlan.NorthSouth("NE 181st Ave", P.East(18100), 100, 4999, P.North);

        yield return StreetPlan.NorthSouth("SE Cesar E Chavez Blvd", P.East(3900), 100, 6999, P.South);
        yield return StreetPlan.NorthSouth("NE Cesar E Chavez Blvd", P.East(3900), 100, 3999, P.North);
        yield return StreetPlan.NorthSouth("NE Martin Luther King Jr Blvd", -122.6622, 100, 7999, P.North);
        yield return StreetPlan.NorthSouth("SE Martin Luther King Jr Blvd", -122.6622, 100, 3299, P.South);
        yield return StreetPlan.NorthSouth("NE Grand Ave", -122.6607, 100, 2999, P.North);
        yield return StreetPlan.NorthSouth("SE Grand Ave", -122.6607, 100, 3299, P.South);
        yield return StreetPlan.NorthSouth("SE 13th Ave", P.East(1300), 5500, 8899, P.South);
        yield return StreetPlan.NorthSouth("SE 17th Ave", P.East(1700), 1000, 8999, P.South);
        yield return StreetPlan.NorthSouth("N Williams Ave", -122.6668, 1200, 7599, P.North);
        yield return StreetPlan.NorthSouth("N Vancouver Ave", -122.6675, 1200, 7599, P.North);
        yield return StreetPlan.NorthSouth("N Albina Ave", -122.6745, 3400, 7299, P.North);
        yield return StreetPlan.NorthSouth("N Mississippi Ave", -122.6757, 3400, 5199, P.North);
        yield return StreetPlan.NorthSouth("N Denver Ave", -122.6862, 6900, 8499, P.North);
        yield return StreetPlan.NorthSouth("N Portsmouth Ave", -122.7200, 6400, 8999, P.North);
        yield return StreetPlan.NorthSouth("N Charleston Ave", -122.7490, 8800, 9499, P.North);
        yield return StreetPlan.NorthSouth("N Philadelphia Ave", -122.7520, 9000, 9499, P.North);
        yield return StreetPlan.NorthSouth("SE Main St", -122.6395, 10200, 11299, P.South);

        yield return StreetPlan.Along(
            "NE Sandy Blvd",
            (1200, 45.5231, -122.6528), (2800, 45.5290, -122.6360), (3900, 45.5340, -122.6244), (5700, 45.5420, -122.6054),
            (8200, 45.5535, -122.5790), (10200, 45.5620, -122.5579), (12200, 45.5705, -122.5368));
        yield return StreetPlan.Along(
            "SE Foster Rd",
            (5000, 45.4975, -122.6130), (7200, 45.4885, -122.5895), (8200, 45.4835, -122.5790), (10100, 45.4752, -122.5595),
            (12200, 45.4665, -122.5380), (13600, 45.4625, -122.5235));
        yield return StreetPlan.Along(
            "SE Milwaukie Ave",
            (1900, 45.5090, -122.6565), (3300, 45.4985, -122.6555), (5000, 45.4860, -122.6530), (6800, 45.4720, -122.6500));
        yield return StreetPlan.Along(
            "SE McLoughlin Blvd",
            (4500, 45.4900, -122.6560), (7000, 45.4720, -122.6470), (10500, 45.4460, -122.6385), (13500, 45.4245, -122.6330),
            (16000, 45.4050, -122.6130));
        yield return StreetPlan.Along(
            "N Interstate Ave",
            (1500, 45.5355, -122.6725), (4000, 45.5520, -122.6810), (6000, 45.5660, -122.6810), (7600, 45.5785, -122.6820),
            (8500, 45.5855, -122.6860));
        yield return StreetPlan.Along(
            "N Lombard St",
            (1200, 45.5776, -122.6789), (2000, 45.5775, -122.6870), (5200, 45.5812, -122.7193), (7200, 45.5850, -122.7395),
            (8500, 45.5893, -122.7527), (9100, 45.5915, -122.7587));
        yield return StreetPlan.Along(
            "N Willamette Blvd",
            (1800, 45.5640, -122.6850), (3800, 45.5725, -122.7050), (5200, 45.5728, -122.7260), (6600, 45.5800, -122.7350),
            (7800, 45.5860, -122.7460));
    }
}
