namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>A move on a seeded job, some minutes before the load: assign (with a technician), start, arrive, complete, cancel (with a reason).</summary>
internal sealed record JobStepPlan(string Move, int MinutesAgo, string? Technician = null, string? Reason = null);

/// <summary>One job of the day as written to jobs.json: times are minutes before the load, so a fresh install always has a plausible day.</summary>
internal sealed record JobPlan(
    string Ref,
    string Customer,
    string Address,
    string? Product,
    string Skill,
    string Priority,
    string Symptoms,
    int CreatedMinutesAgo,
    IReadOnlyList<JobStepPlan> Steps);
