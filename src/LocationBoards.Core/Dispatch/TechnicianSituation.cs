namespace LocationBoards.Core.Dispatch;

/// <summary>
/// What dispatch needs to know of a technician at a moment: skills, shift hours with the home location's
/// time zone, the latest position, and the jobs in hand.
/// </summary>
/// <param name="TechnicianId">The technician's id.</param>
/// <param name="Name">The name dispatchers see.</param>
/// <param name="IsActive">An inactive technician is never sent.</param>
/// <param name="Skills">Skill codes.</param>
/// <param name="Shifts">Weekly shift hours, wall-clock times in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The home location's time zone.</param>
/// <param name="Position">The latest accepted position, if any.</param>
/// <param name="WaitingJobs">Jobs assigned to the technician and not yet started: their load.</param>
/// <param name="InProgress">The job they are on the way to or on site at, if any.</param>
public sealed record TechnicianSituation(
    int TechnicianId,
    string Name,
    bool IsActive,
    IReadOnlySet<string> Skills,
    ShiftHours Shifts,
    TimeZoneInfo TimeZone,
    TechnicianPosition? Position,
    int WaitingJobs,
    JobInProgress? InProgress)
{
    /// <param name="technician">With its skills and shifts loaded.</param>
    /// <param name="homeTimeZone">The time zone of the technician's home location.</param>
    /// <param name="latest">The latest accepted position, if any.</param>
    /// <param name="jobsOfTechnician">The technician's jobs; finished ones and other technicians' are ignored.</param>
    public static TechnicianSituation From(
        Technician technician, TimeZoneInfo homeTimeZone, TechnicianPosition? latest, IEnumerable<FieldJob> jobsOfTechnician)
    {
        ArgumentNullException.ThrowIfNull(technician);
        ArgumentNullException.ThrowIfNull(jobsOfTechnician);
        var jobs = jobsOfTechnician.Where(j => j.TechnicianId == technician.Id).ToList();
        var inProgress = jobs
            .Where(j => j.IsInProgress)
            .OrderByDescending(j => j.Status)
            .Select(j => new JobInProgress(j.Id, j.Status))
            .FirstOrDefault();
        return new TechnicianSituation(
            technician.Id,
            technician.Name,
            technician.IsActive,
            technician.Skills.Select(s => s.Skill.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase),
            technician.Hours,
            homeTimeZone,
            latest?.TechnicianId == technician.Id ? latest : null,
            jobs.Count(j => j.Status == JobStatus.Assigned),
            inProgress);
    }

    public bool HasSkill(string skill) => Skills.Any(s => TechnicianSkill.Same(s, skill));
}
