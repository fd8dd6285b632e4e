using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;

namespace LocationBoards.Data.Seeding;

/// <summary>A technician read from technicians.json: the record (ids to fill in when written), its user, home and supervisor.</summary>
internal sealed record TechnicianSeed(Technician Technician, UserSeed User, FulfilmentLocation Home);

/// <summary>
/// A job read from jobs.json, with its place and product resolved and its moves checked; the entity is made
/// when written (<see cref="JobPlayback"/>), once technician ids are known. Times are minutes before the load.
/// </summary>
internal sealed record JobSeed(
    string Where,
    Customer Customer,
    DeliveryAddress Address,
    OwnedProduct? Product,
    string Skill,
    JobPriority Priority,
    string Symptoms,
    string ReportedBy,
    int CreatedMinutesAgo,
    IReadOnlyList<JobStepSeed> Steps);

/// <summary>One move of a seeded job: the technician for assign and reassign, the reason for cancel, and who made it.</summary>
internal sealed record JobStepSeed(JobMoveKind Move, TechnicianSeed? Technician, string? Reason, int MinutesAgo);
