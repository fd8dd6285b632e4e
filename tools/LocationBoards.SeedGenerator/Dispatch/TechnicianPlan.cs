namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>
/// One technician as written to technicians.json (their user, with name and e-mail, goes to users.json):
/// shifts per weekday as "HH:mm-HH:mm" ranges in the home location's time zone, like opening hours.
/// </summary>
internal sealed record TechnicianPlan(
    string UserName,
    string DisplayName,
    string Email,
    string Home,
    IReadOnlyList<string> Skills,
    IReadOnlyDictionary<string, string[]> Shifts,
    string Supervisor)
{
    public bool Has(string skill) => Skills.Contains(skill, StringComparer.Ordinal);
}
