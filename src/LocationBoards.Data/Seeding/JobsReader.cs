using System.Globalization;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// jobs.json: field jobs at customers' delivery addresses, each with the moves it has had, times in minutes
/// before the load. Checked as the desk would: every move allowed by the job state machine, a technician
/// assigned only with the job's skill, and at most one job on the way or on site per technician.
/// </summary>
internal static class JobsReader
{
    /// <summary>A week: seeded jobs are a recent day's work, not history.</summary>
    public const int MaxMinutesAgo = 7 * 24 * 60;

    private const string File = SeedFiles.Jobs;

    /// <summary>Any time will do for checking the moves: only their order matters.</summary>
    private static readonly DateTime CheckedAt = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<JobSeed> Read(
        string folder, IReadOnlyDictionary<string, CustomerSeed> customers, IReadOnlyList<TechnicianSeed> technicians, IReadOnlyList<UserSeed> users)
    {
        var records = SeedFiles.ReadJson<List<JobRecord>>(folder, File);
        var technicianByName = technicians.ToDictionary(t => t.User.User.UserName!, StringComparer.OrdinalIgnoreCase);
        var standInIds = technicians.Select((t, index) => (t, index)).ToDictionary(p => p.t, p => p.index + 1);
        var userByName = users.ToDictionary(u => u.User.UserName!, StringComparer.OrdinalIgnoreCase);
        var refs = new HashSet<string>(StringComparer.Ordinal);
        var busy = new Dictionary<TechnicianSeed, string>();
        var seeds = new List<JobSeed>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"$[{i}] ({r.Ref})");
            if (string.IsNullOrWhiteSpace(r.Ref) || !refs.Add(r.Ref))
            {
                throw SeedDataException.AtPath(File, where, "ref", "is empty or used by another job");
            }

            var customer = customers.TryGetValue(r.Customer, out var c) ? c
                : throw SeedDataException.AtPath(File, where, "customer", $"\"{r.Customer}\" is not a customer ref in {SeedFiles.Customers}");
            var address = customer.Customer.DeliveryAddresses.Find(a => a.Label == r.Address)
                ?? throw SeedDataException.AtPath(File, where, "address", $"\"{r.Address}\" is not the label of one of {r.Customer}'s delivery addresses");
            var product = r.Product is null ? null : customer.Owns.FirstOrDefault(o => o.Item.Sku == r.Product).Product
                ?? throw SeedDataException.AtPath(File, where, "product", $"\"{r.Product}\" is not a product {r.Customer} owns in {SeedFiles.Customers}");
            if (string.IsNullOrWhiteSpace(r.Skill) || !technicians.Any(t => t.Technician.HasSkill(r.Skill)))
            {
                throw SeedDataException.AtPath(File, where, "skill", $"\"{r.Skill}\" is a skill no technician in {SeedFiles.Technicians} has");
            }

            if (string.IsNullOrWhiteSpace(r.Symptoms) || r.Symptoms.Trim().Length > FieldJob.MaxSymptomsLength)
            {
                throw SeedDataException.AtPath(File, where, "symptoms", $"must be 1 to {FieldJob.MaxSymptomsLength} characters");
            }

            var reportedBy = r.ReportedBy is null ? JobPlayback.SystemName
                : userByName.TryGetValue(r.ReportedBy, out var reporter) ? reporter.User.Id
                : throw SeedDataException.AtPath(File, where, "reportedBy", $"\"{r.ReportedBy}\" is not a user in {SeedFiles.Users}");
            var seed = new JobSeed(
                where, customer.Customer, address, product, r.Skill.Trim(), Priority(r.Priority, where), r.Symptoms.Trim(), reportedBy,
                Minutes(r.CreatedMinutesAgo, MaxMinutesAgo, where, "createdMinutesAgo"), Steps(r, technicianByName, where));
            var job = JobPlayback.Play(seed, CheckedAt, t => standInIds[t]);
            if (job.IsInProgress && job.TechnicianId is { } held)
            {
                var technician = technicians[held - 1];
                if (busy.TryGetValue(technician, out var other))
                {
                    throw SeedDataException.AtPath(
                        File, where, "steps", $"{technician.User.User.UserName} is already on the way to or on site at {other}; a technician has at most one job in progress");
                }

                busy.Add(technician, r.Ref);
            }

            seeds.Add(seed);
        }

        return seeds;
    }

    private static List<JobStepSeed> Steps(JobRecord r, Dictionary<string, TechnicianSeed> technicians, string where)
    {
        var steps = new List<JobStepSeed>();
        var before = r.CreatedMinutesAgo;
        for (var s = 0; s < r.Steps.Count; s++)
        {
            var step = r.Steps[s];
            var field = string.Create(CultureInfo.InvariantCulture, $"steps[{s}]");
            if (!Enum.TryParse<JobMoveKind>(step.Move, ignoreCase: true, out var move) || !Enum.IsDefined(move) || char.IsDigit(step.Move.TrimStart()[0]))
            {
                throw SeedDataException.AtPath(File, where, field + ".move", $"\"{step.Move}\" is not assign, reassign, start, arrive, complete or cancel");
            }

            TechnicianSeed? technician = null;
            if (move is JobMoveKind.Assign or JobMoveKind.Reassign)
            {
                technician = step.Technician is not null && technicians.TryGetValue(step.Technician, out var t) ? t
                    : throw SeedDataException.AtPath(File, where, field + ".technician", $"\"{step.Technician}\" is not a technician in {SeedFiles.Technicians}");
                if (!technician.Technician.HasSkill(r.Skill))
                {
                    throw SeedDataException.AtPath(File, where, field + ".technician", $"{step.Technician} lacks the skill {r.Skill}");
                }
            }
            else if (step.Technician is not null)
            {
                throw SeedDataException.AtPath(File, where, field + ".technician", "only assign and reassign name a technician");
            }

            before = Minutes(step.MinutesAgo, before, where, field + ".minutesAgo");
            steps.Add(new JobStepSeed(move, technician, step.Reason, before));
        }

        return steps;
    }

    private static JobPriority Priority(string text, string where) =>
        Enum.TryParse<JobPriority>(text, ignoreCase: true, out var priority) && Enum.IsDefined(priority) && !char.IsDigit(text.TrimStart().FirstOrDefault())
            ? priority
            : throw SeedDataException.AtPath(File, where, "priority", $"\"{text}\" is not urgent, high, normal or low");

    private static int Minutes(int minutesAgo, int atMost, string where, string field) =>
        minutesAgo >= 0 && minutesAgo <= atMost
            ? minutesAgo
            : throw SeedDataException.AtPath(File, where, field, string.Create(
                CultureInfo.InvariantCulture, $"{minutesAgo} is not from 0 to {atMost} (steps follow the job's creation and each other, and a job is at most a week old)"));
}
