using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Tests.Dispatch;

/// <summary>Builders for dispatch tests: a job in Portland and technicians placed a given distance north of it.</summary>
internal static class DispatchScene
{
    public static readonly TimeZoneInfo Portland = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Wednesday 25 November 2026, 12:00 in Portland.</summary>
    public static readonly DateTime Now = new(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc);

    public static readonly GeoPoint JobPlace = new(45.5152, -122.6784);

    private static readonly double MetresPerDegree = GreatCircle.MeanEarthRadiusMetres * Math.PI / 180;

    public static FieldJob Job(JobStatus status = JobStatus.New, string skill = "boiler", int? technicianId = null, long id = 7) => new()
    {
        Id = id,
        CustomerId = 3,
        Symptoms = "No hot water since this morning",
        Latitude = JobPlace.Latitude,
        Longitude = JobPlace.Longitude,
        AddressText = "12 Oak Street, Portland 97201",
        SkillNeeded = skill,
        Status = status,
        TechnicianId = technicianId,
        CreatedUtc = Now.AddMinutes(-30),
        CreatedBy = "dispatcher-1",
    };

    /// <summary>A point the given distance due north of the job's place.</summary>
    public static GeoPoint North(double km) => new(JobPlace.Latitude + (km * 1000 / MetresPerDegree), JobPlace.Longitude);

    public static IReadOnlyList<ShiftInterval> EveryDayAllDay => [.. Enum.GetValues<DayOfWeek>().Select(ShiftInterval.AllDay)];

    /// <summary>An active technician with the boiler skill, on shift all week, whose fresh position is <paramref name="kmAway"/> north of the job.</summary>
    public static TechnicianSituation Technician(
        int id,
        string name,
        double kmAway = 1,
        string[]? skills = null,
        int load = 0,
        JobInProgress? busy = null,
        TimeSpan? positionAge = null,
        bool hasPosition = true,
        IEnumerable<ShiftInterval>? shifts = null,
        bool active = true) =>
        new(
            id,
            name,
            active,
            (skills ?? ["boiler"]).ToHashSet(StringComparer.OrdinalIgnoreCase),
            new ShiftHours(shifts ?? EveryDayAllDay),
            Portland,
            hasPosition ? new TechnicianPosition(id, North(kmAway), Now - (positionAge ?? TimeSpan.FromSeconds(10))) : null,
            load,
            busy);

    public static DateTimeOffset Local(TimeZoneInfo zone, int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
