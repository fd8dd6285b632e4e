namespace LocationBoards.SeedGenerator.Business;

internal sealed record UserPlan(string UserName, string DisplayName, string Email, string Password, string[] Roles, string? StaffOf, string[]? Supervises);

internal static class UserPlans
{
    /// <summary>One memorable password for every demo account (Identity here wants 10+ characters with upper case, lower case and a digit).</summary>
    public const string DemoPassword = "Demo-pass-2026";

    public static IReadOnlyList<UserPlan> For(IReadOnlyList<LocationPlan> locations)
    {
        var users = new List<UserPlan>
        {
            new("admin", "Alex Admin", "admin@locationboards.example", DemoPassword, ["Admin"], null, null),
            new("supervisor", "Sam Supervisor", "supervisor@locationboards.example", DemoPassword, ["Supervisor"], null, ["pearl", "downtown", "hawthorne", "alberta"]),
        };
        for (var i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            var userName = i == 0 ? "staff" : $"staff-{location.Code}";
            users.Add(new(userName, $"{location.Name} staff", $"{userName}@locationboards.example", DemoPassword, ["LocationStaff"], location.Code, null));
        }

        return users;
    }
}
