namespace LocationBoards.E2E.Tests.Support;

/// <summary>A technician made for one journey, with the sign-in that opens their phone app.</summary>
public sealed record FieldTechnician(int Id, string Name, string UserName, string Password);
