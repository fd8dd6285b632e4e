namespace LocationBoards.Data.Seeding;

public static class DemoLogins
{
    /// <summary>The sign-ins in the folder's users.json, or none when it is missing or unreadable (this is only a hint).</summary>
    public static IReadOnlyList<DemoLogin> Read(string folder)
    {
        try
        {
            return [.. SeedFiles.ReadJson<List<UserRecord>>(folder, SeedFiles.Users)
                .Select(u => new DemoLogin(u.UserName, u.Roles, u.Password, u.StaffOf ?? (u.Supervises.Count > 0 ? string.Join(", ", u.Supervises) : null)))];
        }
        catch (SeedDataException)
        {
            return [];
        }
    }
}
