using System.Net.Http.Json;
using System.Security.Claims;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocationBoards.Hub.Tests.Support;

public static class TokenClient
{
    public static async Task<string> GetTokenAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    /// <summary>A token written outside the hub: with its key but a chosen expiry, or with another key.</summary>
    public static string ForgeToken(HubFactory hub, AppUser user, DateTime expires, byte[]? signingKey = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(user);
        SecurityKey key = signingKey is null
            ? hub.Services.GetRequiredService<TokenSigningKey>().Key
            : new SymmetricSecurityKey(signingKey);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenOptions.Issuer,
            Audience = TokenOptions.Audience,
            Subject = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!)]),
            NotBefore = expires.AddMinutes(-30),
            IssuedAt = expires.AddMinutes(-30),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
