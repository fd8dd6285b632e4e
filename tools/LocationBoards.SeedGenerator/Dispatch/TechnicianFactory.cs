using System.Globalization;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.People;

namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>
/// Two technicians per location (home bases in location order, the demo technician `tech` at Downtown), each
/// with a main skill taken in turn, so every skill is spread across the metro, and up to two more; a rota from
/// <see cref="ShiftPatterns"/>; and the supervisor of their home location.
/// </summary>
internal sealed class TechnicianFactory(Random random, IReadOnlyList<LocationPlan> locations)
{
    public const int Count = 28;

    public List<TechnicianPlan> Create()
    {
        var technicians = new List<TechnicianPlan>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var home = locations[(i + 1) % locations.Count].Code;
            var userName = i == 0 ? "tech" : string.Create(CultureInfo.InvariantCulture, $"tech{i + 1:00}");
            string name;
            do
            {
                name = $"{Pick(Names.Given)} {Pick(Names.Family)}";
            }
            while (!names.Add(name));

            var skills = i == 0 ? [ServiceSkills.ApplianceRepair, ServiceSkills.EspressoService] : Skills(i);
            var shifts = i == 0 ? ShiftPatterns.Demo : ShiftPatterns.Rota[(i - 1) % ShiftPatterns.Rota.Count];
            technicians.Add(new TechnicianPlan(userName, name, $"{userName}@locationboards.example", home, skills, shifts, SupervisorPlans.Of(home)));
        }

        return technicians;
    }

    private List<string> Skills(int index)
    {
        var skills = new List<string> { ServiceSkills.All[index % ServiceSkills.All.Count] };
        var extra = random.Next(10) switch { < 4 => 0, < 8 => 1, _ => 2 };

        // Appliance repair is the everyday skill: most who have a second skill have it.
        var others = ServiceSkills.All.Where(s => s != skills[0]).OrderBy(s => s == ServiceSkills.ApplianceRepair ? random.Next(2) : 1 + random.Next(3)).ToList();
        skills.AddRange(others.Take(extra));
        return skills;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
