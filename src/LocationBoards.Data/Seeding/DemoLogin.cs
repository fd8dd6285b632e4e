namespace LocationBoards.Data.Seeding;

/// <summary>A sign-in from a seed folder's users.json, for telling a person how to try the demo.</summary>
public sealed record DemoLogin(string UserName, IReadOnlyList<string> Roles, string Password, string? Location);
