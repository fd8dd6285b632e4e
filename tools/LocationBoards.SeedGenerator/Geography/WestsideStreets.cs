namespace LocationBoards.SeedGenerator.Geography;

/// <summary>Portland west of the Willamette (NW, SW, downtown) and Washington County on the Portland grid.</summary>
internal static class WestsideStreets
{
    private static readonly Grid P = Grid.Portland;

    // Northwest's alphabet streets, each 100 numbers further north: Couch 100, Davis 200, … Vaughn 2000.
    private static readonly string[] Alphabet =
    [
        "Couch", "Davis", "Everett", "Flanders", "Glisan", "Hoyt", "Irving", "Johnson", "Kearney", "Lovejoy",
        "Marshall", "Northrup", "Overton", "Pettygrove", "Quimby", "Raleigh", "Savier", "Thurman", "Upshur", "Vaughn",
    ];

    // Downtown's streets south of Burnside, by the block number they start.
    private static readonly (string Name, int Block)[] Downtown =
    [
        ("SW Pine St", 200), ("SW Oak St", 300), ("SW Stark St", 400), ("SW Washington St", 500), ("SW Alder St", 600),
        ("SW Morrison St", 700), ("SW Yamhill St", 800), ("SW Taylor St", 900), ("SW Salmon St", 1000), ("SW Main St", 1100),
        ("SW Madison St", 1200), ("SW Jefferson St", 1300), ("SW Columbia St", 1400), ("SW Clay St", 1500),
        ("SW Market St", 1600), ("SW Mill St", 1700), ("SW Montgomery St", 1800), ("SW Harrison St", 1900),
        ("SW College St", 2000),
    ];

    // Downtown's avenues by the block number they stand at.
    private static readonly (string Name, int Block)[] DowntownAvenues =
    [
        ("SW 1st Ave", 100), ("SW 2nd Ave", 200), ("SW 3rd Ave", 300), ("SW 4th Ave", 400), ("SW 5th Ave", 500),
        ("SW 6th Ave", 600), ("SW Broadway", 700), ("SW Park Ave", 800), ("SW 9th Ave", 900), ("SW 10th Ave", 1000),
        ("SW 11th Ave", 1100), ("SW 12th Ave", 1200), ("SW 13th Ave", 1300), ("SW 14th Ave", 1400), ("SW 16th Ave", 1600),
        ("SW 18th Ave", 1800),
    ];

    // Washington County's numbered avenues: avenue, south range start and end, north range end (0 = none).
    private static readonly (int Avenue, int SouthFrom, int SouthTo, int NorthTo)[] CountyAvenues =
    [
        (72, 8000, 15999, 0), (121, 9000, 14999, 0), (155, 4500, 11999, 0), (170, 100, 8999, 0),
        (185, 100, 8999, 4999), (198, 100, 7999, 0), (209, 100, 7999, 0),
    ];

    public static IEnumerable<StreetPlan> All()
    {
        for (var i = 0; i < Alphabet.Length; i++)
        {
            var block = (i + 1) * 100;
            yield return StreetPlan.EastWest($"NW {Alphabet[i]} St", Grid.NorthwestNorth(block), 100, Alphabet[i] == "Thurman" ? 3199 : 2599, P.West);
        }

        yield return StreetPlan.EastWest("W Burnside St", 45.5231, 100, 2499, P.West);
        yield return StreetPlan.NorthSouth("NW Broadway", P.West(650), 100, 1799, Grid.NorthwestNorth);
        foreach (var avenue in new[] { 9, 10, 11, 12, 13, 14, 16, 18, 19, 20, 21, 22, 23, 24, 25 })
        {
            yield return StreetPlan.NorthSouth($"NW {Ordinals.Of(avenue)} Ave", P.West(avenue * 100), 100, avenue < 16 ? 1799 : 2299, Grid.NorthwestNorth);
        }

        foreach (var (name, block) in Downtown)
        {
            yield return StreetPlan.EastWest(name, P.South(block), 100, 1899, P.West);
        }

        foreach (var (name, block) in DowntownAvenues)
        {
            yield return StreetPlan.NorthSouth(name, P.West(block), 100, 2299, P.South);
        }

        foreach (var (avenue, southFrom, southTo, northTo) in CountyAvenues)
        {
            var longitude = P.West(avenue * 100);
            yield return StreetPlan.NorthSouth($"SW {Ordinals.Of(avenue)} Ave", longitude, southFrom, southTo, P.South);
            if (northTo > 0)
            {
                yield return StreetPlan.NorthSouth($"NW {Ordinals.Of(avenue)} Ave", longitude, 100, northTo, P.North);
            }
        }

        yield return StreetPlan.EastWest("SW Vermont St", 45.4790, 3000, 7099, P.West);
        yield return StreetPlan.EastWest("SW Allen Blvd", 45.4775, 9600, 15499, P.West);
        yield return StreetPlan.EastWest("SW Broadway St", 45.4873, 12100, 12799, P.West);
        yield return StreetPlan.EastWest("SW Millikan Way", 45.4930, 12700, 15499, P.West);
        yield return StreetPlan.EastWest("SW Jenkins Rd", 45.5040, 14500, 16999, P.West);
        yield return StreetPlan.EastWest("SW Walnut St", 45.4245, 11000, 13799, P.West);
        yield return StreetPlan.EastWest("SW Gaarde St", 45.4185, 11000, 13499, P.West);
        yield return StreetPlan.EastWest("SW Bonita Rd", 45.4120, 7200, 10999, P.West);
        yield return StreetPlan.EastWest("SW Durham Rd", 45.4040, 8500, 12199, P.West);
        yield return StreetPlan.NorthSouth("SW Cedar Hills Blvd", -122.8070, 100, 4699, P.South);

        yield return StreetPlan.Along("SW Macadam Ave", (3000, 45.4995, -122.6725), (5000, 45.4855, -122.6770), (6600, 45.4750, -122.6770), (7900, 45.4660, -122.6700));
        yield return StreetPlan.Along(
            "SW Barbur Blvd",
            (3000, 45.5015, -122.6820), (6800, 45.4735, -122.6985), (8200, 45.4640, -122.7090), (9700, 45.4530, -122.7245), (11200, 45.4420, -122.7450));
        yield return StreetPlan.Along(
            "SW Pacific Hwy",
            (11200, 45.4420, -122.7450), (12200, 45.4345, -122.7570), (13500, 45.4250, -122.7725), (14800, 45.4150, -122.7890), (16200, 45.4050, -122.8030));
        yield return StreetPlan.Along("SW Capitol Hwy", (6100, 45.4788, -122.6950), (7800, 45.4665, -122.7130), (9800, 45.4520, -122.7200));
        yield return StreetPlan.Along(
            "SW Beaverton Hillsdale Hwy",
            (2100, 45.4810, -122.6965), (5000, 45.4835, -122.7274), (7000, 45.4865, -122.7483), (9000, 45.4880, -122.7692), (11000, 45.4875, -122.7900), (12200, 45.4885, -122.8026));
        yield return StreetPlan.Along(
            "SW Canyon Rd",
            (7800, 45.5075, -122.7567), (10000, 45.5000, -122.7797), (11500, 45.4935, -122.7954), (12500, 45.4890, -122.8059), (13500, 45.4875, -122.8163));
        yield return StreetPlan.Along(
            "SW Tualatin Valley Hwy",
            (13500, 45.4875, -122.8163), (15500, 45.4905, -122.8372), (18500, 45.4940, -122.8686), (20900, 45.4970, -122.8937));
        yield return StreetPlan.Along(
            "SW Farmington Rd",
            (12400, 45.4868, -122.8040), (14000, 45.4845, -122.8210), (17000, 45.4805, -122.8530), (20900, 45.4735, -122.8940));
        yield return StreetPlan.Along(
            "SW Murray Blvd",
            (1000, 45.5158, -122.8246), (4400, 45.4912, -122.8250), (6300, 45.4774, -122.8235), (10000, 45.4506, -122.8220));
        yield return StreetPlan.Along(
            "SW Hall Blvd",
            (4700, 45.4890, -122.8005), (6300, 45.4775, -122.7945), (9400, 45.4550, -122.7860), (12200, 45.4346, -122.7690), (13100, 45.4281, -122.7665), (16300, 45.4050, -122.7640));
        yield return StreetPlan.Along(
            "SW Scholls Ferry Rd",
            (7100, 45.4870, -122.7440), (9400, 45.4700, -122.7680), (11000, 45.4575, -122.7902), (14400, 45.4440, -122.8225), (16000, 45.4400, -122.8400));
        yield return StreetPlan.Along(
            "NW Cornell Rd",
            (11000, 45.5285, -122.7902), (14400, 45.5320, -122.8258), (18500, 45.5340, -122.8687), (20600, 45.5350, -122.8907));
        yield return StreetPlan.Along("SW Main St", (12000, 45.4335, -122.7690), (12700, 45.4290, -122.7760));
    }
}
