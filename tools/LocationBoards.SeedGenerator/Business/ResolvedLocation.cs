using System.Globalization;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;
using NetTopologySuite.Geometries;

namespace LocationBoards.SeedGenerator.Business;

/// <summary>A planned location placed by the gazetteer, with its service area and opening hours ready for routing.</summary>
internal sealed class ResolvedLocation(LocationPlan plan, GeoPoint position, string city, string postcode)
{
    public LocationPlan Plan { get; } = plan;

    public string Code => Plan.Code;

    public GeoPoint Position { get; } = position;

    public string City { get; } = city;

    public string Postcode { get; } = postcode;

    public Geometry? Area { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    public OpeningHours Hours { get; } = new(Intervals(plan), []);

    private static IEnumerable<OpeningInterval> Intervals(LocationPlan plan)
    {
        for (var i = 0; i < LocationPlans.Days.Length; i++)
        {
            var day = (DayOfWeek)((i + 1) % 7);
            foreach (var range in plan.Hours[LocationPlans.Days[i]])
            {
                if (range == "24h")
                {
                    yield return OpeningInterval.AllDay(day);
                    continue;
                }

                var parts = range.Split('-');
                yield return OpeningInterval.Between(
                    day,
                    TimeOnly.ParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture),
                    TimeOnly.ParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture));
            }
        }
    }
}
