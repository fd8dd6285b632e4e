using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// technicians.json: one entry per users.json user with the Technician role (name and e-mail are the user's),
/// with a home location, skills, weekly shifts and optionally a supervisor.
/// </summary>
internal static class TechniciansReader
{
    private const string File = SeedFiles.Technicians;

    public static IReadOnlyList<TechnicianSeed> Read(string folder, IReadOnlyDictionary<string, FulfilmentLocation> locations, IReadOnlyList<UserSeed> users)
    {
        var records = SeedFiles.ReadJson<List<TechnicianRecord>>(folder, File);
        var byUserName = users.ToDictionary(u => u.User.UserName!, StringComparer.OrdinalIgnoreCase);
        var seeds = new List<TechnicianSeed>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"$[{i}] ({r.UserName})");
            var user = User(byUserName, r.UserName, Roles.Technician, where, "userName");
            if (seeds.Exists(s => s.User == user))
            {
                throw SeedDataException.AtPath(File, where, "userName", $"\"{r.UserName}\" has another entry already");
            }

            if (string.IsNullOrWhiteSpace(user.User.Email))
            {
                throw SeedDataException.AtPath(File, where, "userName", $"\"{r.UserName}\" has no email in {SeedFiles.Users}; a technician needs one");
            }

            var home = locations.TryGetValue(r.Home, out var location) ? location
                : throw SeedDataException.AtPath(File, where, "home", $"\"{r.Home}\" is not a location code in {SeedFiles.Locations}");
            var technician = new Technician
            {
                UserId = user.User.Id,
                Name = string.IsNullOrWhiteSpace(user.User.DisplayName) ? user.User.UserName! : user.User.DisplayName,
                Email = user.User.Email,
                SupervisorUserId = r.Supervisor is null ? null : User(byUserName, r.Supervisor, Roles.Supervisor, where, "supervisor").User.Id,
                Skills = Skills(r.Skills, where),
                Shifts = [.. WeeklyRanges.Read(File, where, "shifts", r.Shifts)
                    .Select(s => s.AllDay ? ShiftInterval.AllDay(s.Day) : ShiftInterval.Between(s.Day, s.Starts, s.Ends))],
            };
            if (technician.Shifts.Count == 0)
            {
                throw SeedDataException.AtPath(File, where, "shifts", "needs at least one shift (a technician without shifts is never available)");
            }

            seeds.Add(new TechnicianSeed(technician, user, home));
        }

        var missing = users.FirstOrDefault(u => u.Roles.Contains(Roles.Technician) && !seeds.Exists(s => s.User == u));
        return missing is null ? seeds
            : throw SeedDataException.InFile(File, $"user \"{missing.User.UserName}\" has the {Roles.Technician} role in {SeedFiles.Users} but no entry here");
    }

    private static UserSeed User(Dictionary<string, UserSeed> users, string userName, string role, string where, string field)
    {
        if (!users.TryGetValue(userName ?? string.Empty, out var user))
        {
            throw SeedDataException.AtPath(File, where, field, $"\"{userName}\" is not a user in {SeedFiles.Users}");
        }

        return user.Roles.Contains(role) ? user
            : throw SeedDataException.AtPath(File, where, field, $"\"{userName}\" does not have the {role} role in {SeedFiles.Users}");
    }

    private static List<TechnicianSkill> Skills(List<string> codes, string where)
    {
        var skills = new List<TechnicianSkill>();
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > TechnicianSkill.MaxSkillLength || skills.Exists(s => TechnicianSkill.Same(s.Skill, code)))
            {
                throw SeedDataException.AtPath(File, where, "skills", $"\"{code}\" is empty, longer than {TechnicianSkill.MaxSkillLength} characters, or given twice");
            }

            skills.Add(new TechnicianSkill { Skill = code.Trim() });
        }

        return skills.Count > 0 ? skills : throw SeedDataException.AtPath(File, where, "skills", "needs at least one skill");
    }
}
