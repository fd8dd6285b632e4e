using System.Text.Json;

namespace LocationBoards.Data.Seeding;

// The shapes of technicians.json and jobs.json, read as they are written; checks and conversion happen in the readers.

internal sealed class TechnicianRecord
{
    /// <summary>A users.json user with the Technician role; the technician's name and e-mail are that user's.</summary>
    public required string UserName { get; init; }

    /// <summary>The home location's code; shift hours are wall-clock times in its time zone.</summary>
    public required string Home { get; init; }

    public List<string> Skills { get; init; } = [];

    /// <summary>Per weekday (mon … sun) a list of "HH:mm-HH:mm" ranges or "24h", as a location's hours.</summary>
    public Dictionary<string, JsonElement> Shifts { get; init; } = [];

    /// <summary>A users.json user with the Supervisor role.</summary>
    public string? Supervisor { get; init; }
}

internal sealed class JobRecord
{
    public required string Ref { get; init; }

    /// <summary>A customer ref in customers.json.</summary>
    public required string Customer { get; init; }

    /// <summary>The label of one of the customer's delivery addresses ("home", "work").</summary>
    public required string Address { get; init; }

    /// <summary>The SKU of an appliance the customer owns, when the job is about one.</summary>
    public string? Product { get; init; }

    public required string Skill { get; init; }

    public string Priority { get; init; } = "normal";

    public required string Symptoms { get; init; }

    /// <summary>The user who reported the job (and assigns and cancels it); "seed-data" when not given.</summary>
    public string? ReportedBy { get; init; }

    public required int CreatedMinutesAgo { get; init; }

    public List<JobStepRecord> Steps { get; init; } = [];
}

internal sealed class JobStepRecord
{
    /// <summary>assign, reassign, start, arrive, complete or cancel.</summary>
    public required string Move { get; init; }

    /// <summary>For assign and reassign: a technician's user name.</summary>
    public string? Technician { get; init; }

    /// <summary>For cancel: why.</summary>
    public string? Reason { get; init; }

    public required int MinutesAgo { get; init; }
}
