namespace LocationBoards.Hub.Infrastructure.Auth;

public sealed record TokenRequest(string? UserName, string? Password);
