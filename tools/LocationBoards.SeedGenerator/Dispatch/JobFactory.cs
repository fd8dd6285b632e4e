using System.Globalization;
using LocationBoards.Core.Geography;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.People;

namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>
/// A day of field jobs: forty problems reported over the last ten hours, mostly about an appliance the customer
/// owns. Most are new; the older ones have moved on (assigned, on the way, on site, a few done, one cancelled),
/// each with the nearest technician who has the skill. A technician has at most one job on the way or on site,
/// at most one done today (finished well before the current one started) and two assigned.
/// </summary>
internal sealed class JobFactory(Random random, IReadOnlyList<CustomerPlan> customers, IReadOnlyList<TechnicianPlan> technicians, IReadOnlyList<ResolvedLocation> locations)
{
    public const int Count = 40;

    private const string DemoTechnician = "tech";

    private static readonly string[] CancelReasons =
    [
        "Customer found the socket switched off at the wall; it works now.",
        "Customer is bringing the appliance to the store instead.",
    ];

    // In the order they are handed out, so the scarcest (done needs an old job) go first.
    private static readonly (string Status, int Jobs, int MinAge)[] Progress =
        [("done", 4, 300), ("cancelled", 1, 60), ("onSite", 3, 90), ("enRoute", 3, 90), ("assigned", 8, 20)];

    private readonly Dictionary<(string Technician, string Status), int> _taken = [];

    public List<JobPlan> Create()
    {
        var owners = customers.Where(c => c.Owns.Exists(o => Problems.For(o.Sku).Count > 0)).ToList();
        var others = customers.Where(c => c.Owns.Count == 0).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(owners));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(others));
        var reported = owners.Take(Count - 8).Concat(others.Take(8)).Select(Report).OrderByDescending(r => r.CreatedMinutesAgo).ToList();

        var status = reported.Select(_ => "new").ToArray();
        var assignee = new string?[reported.Count];
        foreach (var (state, jobs, minAge) in Progress)
        {
            for (var n = 0; n < jobs; n++)
            {
                var open = Enumerable.Range(0, reported.Count)
                    .Where(i => status[i] == "new" && reported[i].CreatedMinutesAgo >= minAge && (state == "cancelled" || Choose(reported[i], state) is not null))
                    .ToList();
                if (open.Count == 0)
                {
                    throw new InvalidOperationException($"No job left to be {state}.");
                }

                var pick = open[random.Next(open.Count)];
                status[pick] = state;
                if (state != "cancelled")
                {
                    assignee[pick] = Choose(reported[pick], state);
                    _taken[(assignee[pick]!, state)] = _taken.GetValueOrDefault((assignee[pick]!, state)) + 1;
                }
            }
        }

        return [.. reported.Select((r, i) => new JobPlan(
            string.Create(CultureInfo.InvariantCulture, $"J{i + 1:00}"), r.Customer.Ref, r.Address.Label, r.Product, r.Problem.Skill, r.Priority,
            r.Problem.Symptoms, r.CreatedMinutesAgo, Steps(status[i], assignee[i], r.CreatedMinutesAgo)))];
    }

    private Reported Report(CustomerPlan customer)
    {
        var owned = customer.Owns.Where(o => Problems.For(o.Sku).Count > 0).ToList();
        var product = owned.Count > 0 ? owned[random.Next(owned.Count)].Sku : null;
        var problems = product is null ? Problems.Unrecorded : Problems.For(product);
        var problem = problems[random.Next(problems.Count)];
        var address = customer.DeliveryAddresses.Count > 1 && random.NextDouble() < 0.25 ? customer.DeliveryAddresses[1] : customer.Home;
        var roll = random.NextDouble();
        var priority = problem.Hazard || roll < 0.05 ? "urgent" : roll < 0.25 ? "high" : roll < 0.85 ? "normal" : "low";

        // Urgent and high jobs are called in when they happen: recent enough that only some run past their target (2 h and 4 h).
        var created = priority switch { "urgent" => random.Next(5, 151), "high" => random.Next(5, 301), _ => random.Next(5, 601) };
        return new Reported(customer, address, product, problem, priority, created);
    }

    /// <summary>The technician for a job moving to <paramref name="status"/>: the demo technician while their day is not full, else the nearest free one with the skill.</summary>
    private string? Choose(Reported job, string status)
    {
        var limit = status == "assigned" ? 2 : 1;
        var place = new GeoPoint(job.Address.Latitude, job.Address.Longitude);
        return technicians
            .Where(t => t.Has(job.Problem.Skill) && Free(t.UserName, status, limit))
            .OrderBy(t => t.UserName == DemoTechnician ? 0 : 1)
            .ThenBy(t => GreatCircle.DistanceMetres(place, locations.First(l => l.Code == t.Home).Position))
            .Select(t => t.UserName)
            .FirstOrDefault();
    }

    private bool Free(string technician, string status, int limit) => status is "onSite" or "enRoute"
        ? _taken.GetValueOrDefault((technician, "onSite")) + _taken.GetValueOrDefault((technician, "enRoute")) == 0
        : _taken.GetValueOrDefault((technician, status)) < limit;

    /// <summary>Minutes before the load, each step later than the one before; a done job finished at least 100 minutes ago.</summary>
    private List<JobStepPlan> Steps(string status, string? technician, int created)
    {
        switch (status)
        {
            case "assigned":
                return [new("assign", created - random.Next(3, Math.Min(90, created - 1) + 1), technician)];
            case "enRoute":
            {
                var start = random.Next(5, 26);
                return [new("assign", random.Next(start + 10, created - 2), technician), new("start", start)];
            }

            case "onSite":
            {
                var arrive = random.Next(5, 41);
                var start = arrive + random.Next(12, 31);
                return [new("assign", random.Next(start + 5, created - 1), technician), new("start", start), new("arrive", arrive)];
            }

            case "done":
            {
                var assign = created - random.Next(5, 31);
                var start = assign - random.Next(10, 61);
                var arrive = start - random.Next(15, 36);
                return [new("assign", assign, technician), new("start", start), new("arrive", arrive), new("complete", arrive - random.Next(30, 76))];
            }

            case "cancelled":
                return [new("cancel", created - random.Next(10, 41), Reason: CancelReasons[random.Next(CancelReasons.Length)])];
            default:
                return [];
        }
    }

    private sealed record Reported(CustomerPlan Customer, AddressPlan Address, string? Product, Problem Problem, string Priority, int CreatedMinutesAgo);
}
