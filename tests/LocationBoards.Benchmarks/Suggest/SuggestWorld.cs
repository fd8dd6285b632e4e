using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;

namespace LocationBoards.Benchmarks.Suggest;

/// <summary>
/// A dispatch day in and around Portland (the demo's 14 locations, one time zone): 2,000 technicians and 500 open
/// jobs, drawn with a fixed seed. Technicians have one to three of four skills; most are on shift with a fresh
/// position, some are off shift, some have a stale position, a few are inactive; 200 of the jobs are assigned
/// (some of them under way), so loads and jobs in progress vary. Each suggestion is for one of the 500 jobs.
/// </summary>
public sealed class SuggestWorld
{
    public static readonly DateTime NowUtc = new(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc); // 10:00 in Portland

    private static readonly string[] Skills = ["appliance-repair", "espresso-service", "installation", "refrigeration"];

    private static readonly (double Latitude, double Longitude)[] Homes =
    [
        (45.5265, -122.68464), (45.519475, -122.67984), (45.5121, -122.62847), (45.559, -122.648409), (45.590107, -122.7549),
        (45.465462, -122.651785), (45.5333, -122.557679), (45.4873, -122.8059), (45.5229, -122.987057), (45.4317, -122.7718),
        (45.4205, -122.673687), (45.433, -122.57266), (45.50462, -122.425335), (45.6575, -122.5519),
    ];

    public SuggestWorld(int technicians, int jobs, int seed)
    {
        var random = new Random(seed);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        Jobs = [.. Enumerable.Range(1, jobs).Select(i => Job(random, i))];
        var assigned = Jobs.Take(jobs * 2 / 5).ToList();
        var technicianIds = Enumerable.Range(1, technicians).ToArray();
        foreach (var job in assigned)
        {
            job.TechnicianId = technicianIds[random.Next(technicians)];
            job.Status = random.NextDouble() < 0.3 ? JobStatus.EnRoute : JobStatus.Assigned;
        }

        var jobsByTechnician = assigned.ToLookup(j => j.TechnicianId!.Value);
        Technicians = [.. technicianIds.Select(id => Situation(random, id, zone, jobsByTechnician[id]))];
    }

    public IReadOnlyList<FieldJob> Jobs { get; }

    public IReadOnlyList<TechnicianSituation> Technicians { get; }

    private static FieldJob Job(Random random, int id)
    {
        var (latitude, longitude) = Near(random, Homes[random.Next(Homes.Length)], 0.06);
        return new FieldJob
        {
            Id = id,
            CustomerId = id,
            Symptoms = "Does not start",
            Latitude = latitude,
            Longitude = longitude,
            AddressText = "Somewhere in Portland",
            Priority = (JobPriority)random.Next(4),
            SkillNeeded = Skills[random.Next(Skills.Length)],
            CreatedUtc = NowUtc.AddMinutes(-random.Next(240)),
            CreatedBy = "benchmark",
        };
    }

    private static TechnicianSituation Situation(Random random, int id, TimeZoneInfo zone, IEnumerable<FieldJob> jobs)
    {
        var skills = Skills.Where(_ => random.NextDouble() < 0.45).DefaultIfEmpty(Skills[random.Next(Skills.Length)]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var technician = new Technician
        {
            Id = id,
            UserId = $"user-{id}",
            Name = $"Technician {id:D4}",
            Email = $"tech{id}@example.com",
            IsActive = random.NextDouble() > 0.02,
            Skills = [.. skills.Select(s => new TechnicianSkill { TechnicianId = id, Skill = s })],
        };

        // Most work 07:00–19:00 every day (on shift at 10:00); the rest work evenings (off shift now).
        var starts = random.NextDouble() < 0.85 ? new TimeOnly(7, 0) : new TimeOnly(15, 0);
        technician.Shifts = [.. Enum.GetValues<DayOfWeek>().Select(day => new ShiftInterval { TechnicianId = id, Day = day, Starts = starts, DurationMinutes = 720 })];
        var (latitude, longitude) = Near(random, Homes[id % Homes.Length], 0.05);
        var age = random.NextDouble() < 0.08 ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(random.Next(30));
        var position = random.NextDouble() < 0.02 ? null : new TechnicianPosition(id, new GeoPoint(latitude, longitude), NowUtc - age);
        return TechnicianSituation.From(technician, zone, position, jobs);
    }

    private static (double Latitude, double Longitude) Near(Random random, (double Latitude, double Longitude) centre, double spread) =>
        (centre.Latitude + ((random.NextDouble() - 0.5) * spread), centre.Longitude + ((random.NextDouble() - 0.5) * spread * 1.4));
}
