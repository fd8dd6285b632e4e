namespace LocationBoards.Core.Dispatch;

/// <summary>
/// A person sent to customers' addresses to fix things: a signed-in user with skills, a home location
/// whose time zone their shift hours are read in, and a supervisor.
/// </summary>
public sealed class Technician
{
    public int Id { get; set; }

    /// <summary>The Identity user who signs in as this technician.</summary>
    public required string UserId { get; set; }

    /// <summary>The name dispatchers see on the map and in suggestions.</summary>
    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The fulfilment location the technician works from; shift hours are wall-clock times in its time zone.</summary>
    public int HomeLocationId { get; set; }

    /// <summary>The user (in the Supervisor role) the technician reports to; told about their sales, for instance.</summary>
    public string? SupervisorUserId { get; set; }

    /// <summary>An inactive technician is never suggested nor deployed, not even with an override.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Application-managed concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    public List<TechnicianSkill> Skills { get; set; } = [];

    public List<ShiftInterval> Shifts { get; set; } = [];

    public ShiftHours Hours => new(Shifts);

    public bool HasSkill(string skill) => Skills.Exists(s => TechnicianSkill.Same(s.Skill, skill));
}
