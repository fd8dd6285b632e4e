using LocationBoards.SeedGenerator.Dispatch;

namespace LocationBoards.SeedGenerator.Business;

internal sealed record UserPlan(string UserName, string DisplayName, string Email, string Password, string[] Roles, string? StaffOf, string[]? Supervises, string? Customer = null);

internal static class UserPlans
{
    /// <summary>One memorable password for every demo account (Identity here wants 10 or more characters).</summary>
    public const string DemoPassword = "Demo-pass-2026";

    public static IReadOnlyList<UserPlan> For(IReadOnlyList<LocationPlan> locations, IReadOnlyList<TechnicianPlan> technicians)
    {
        var users = new List<UserPlan> { new("admin", "Alex Admin", "admin@locationboards.example", DemoPassword, ["Admin"], null, null) };
        users.AddRange(SupervisorPlans.All.Select(s =>
            new UserPlan(s.UserName, s.DisplayName, $"{s.UserName}@locationboards.example", DemoPassword, ["Supervisor"], null, s.Locations)));
        for (var i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            var userName = i == 0 ? "staff" : $"staff-{location.Code}";
            users.Add(new(userName, $"{location.Name} staff", $"{userName}@locationboards.example", DemoPassword, ["LocationStaff"], location.Code, null));
        }

        // A client ordering from home: the first customer, who has a year of history.
        users.Add(new("client", "Malia Iyer", "client@locationboards.example", DemoPassword, ["Client"], null, null, "C0001"));

        // Dispatch: the desk, then the technicians (each with a record in technicians.json; `tech` first).
        users.Add(new("dispatcher", "Dee Dispatcher", "dispatcher@locationboards.example", DemoPassword, ["Dispatcher"], null, null));
        users.AddRange(technicians.Select(t => new UserPlan(t.UserName, t.DisplayName, t.Email, DemoPassword, ["Technician"], null, null)));
        return users;
    }
}
