namespace LocationBoards.Hub.Infrastructure.Auth;

public sealed record IssuedToken(string AccessToken, DateTime ExpiresUtc);
